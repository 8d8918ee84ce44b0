namespace Docket.Notes.Extraction.People;

/// <summary>
/// Common words that can stand where a name stands ("Talk to people", "Docs will be updated", "We will"):
/// never read as a person, whatever their case.
/// </summary>
internal static class Words
{
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // pronouns, determiners, conjunctions, prepositions
        "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "their", "its",
        "this", "that", "these", "those", "there", "here", "who", "what", "which", "when", "where", "why", "how", "whoever",
        "a", "an", "the", "and", "or", "but", "if", "so", "then", "than", "also", "too", "as", "at", "by", "for", "from", "in",
        "into", "of", "on", "onto", "over", "under", "up", "down", "out", "off", "with", "without", "about", "after", "before",
        "not", "no", "yes", "all", "any", "some", "each", "every", "both", "either", "neither", "none", "one", "two", "three",
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "something", "anything", "everything",
        "nothing", "people", "person", "folks", "others", "other", "another", "team", "teams", "group", "members", "member",
        "maintainers", "maintainer", "contributors", "contributor", "reviewers", "reviewer", "owners", "owner", "users", "user",
        "guys", "chair", "chairs", "editors", "editor", "staff", "company", "companies", "wg", "tf", "sig", "tsc", "ctc", "tc",
        // sentence openers that take "to"/"will" after them
        "need", "needs", "want", "wants", "going", "try", "trying", "plan", "plans", "planning", "time", "welcome", "moving",
        "move", "migrate", "migrating", "switch", "switching", "back", "due", "thanks", "thank", "ready", "able", "hard", "easy",
        "nice", "link", "links", "reply", "add", "adding", "push", "pushing", "subscribe", "compared", "related", "according",
        "similar", "talk", "talking", "have", "has", "had", "get", "got", "go", "goes", "come", "comes", "way", "ways", "things",
        "thing", "stuff", "work", "works", "working", "decision", "decisions", "action", "actions", "todo", "note", "notes",
        "question", "questions", "proposal", "proposals", "update", "updates", "suggestion", "idea", "ideas", "reminder",
        "next", "last", "first", "second", "third", "final", "new", "old", "current", "previous", "more", "less", "most",
        "should", "would", "could", "can", "will", "shall", "may", "might", "must", "is", "are", "was", "were", "be", "been",
        "being", "do", "does", "did", "done", "doing", "let", "lets", "let's", "please", "ok", "okay", "agreed", "consensus",
        "resolved", "resolution", "approved", "declined", "accepted", "rejected", "outcome", "conclusion", "result", "results",
        "docs", "doc", "documentation", "tests", "test", "testing", "code", "release", "releases", "build", "builds", "ci",
        "pr", "prs", "issue", "issues", "bug", "bugs", "feature", "features", "api", "apis", "project", "projects", "repo",
        "repos", "meeting", "meetings", "call", "calls", "agenda", "minutes", "week", "weeks", "today", "tomorrow", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "now", "later", "soon", "still", "just",
        "only", "even", "already", "again", "maybe", "perhaps", "probably", "likely", "hopefully", "eventually", "finally",
        "currently", "ideally", "otherwise", "instead", "plus", "via", "per", "vs", "etc", "eg", "ie", "tbd", "tba", "n/a", "na",
        "discussion", "discuss", "review", "reviews", "support", "help", "process", "policy", "plan", "goal", "goals", "focus",
        "priority", "priorities", "status", "progress", "feedback", "context", "background", "summary", "overview", "intro",
        "announcement", "announcements", "housekeeping", "misc", "other", "general", "open", "closed", "pending", "blocked",
        "proposed", "optional", "tentative", "carry-over", "fyi", "wip", "recap", "demo", "demos", "q&a", "qa", "aob",
        "sure", "well", "great", "good", "bad", "better", "best", "hi", "hello", "hey", "yeah", "yep", "nope", "hmm", "lol",
        "seems", "looks", "sounds", "feels", "think", "thinks", "thought", "agree", "agrees", "disagree", "like", "likes",
        "use", "used", "using", "make", "makes", "made", "making", "take", "takes", "took", "give", "gives", "keep", "keeps",
        "start", "starts", "started", "starting", "stop", "continue", "continues", "begin", "begins", "remember", "forget",
        "decide", "decides", "decided", "ask", "asks", "asked", "tell", "tells", "told", "say", "says", "said", "see", "sees",
        "look", "find", "found", "write", "writes", "wrote", "read", "reads", "run", "runs", "ran", "set", "sets", "fix", "fixes",
        "change", "changes", "changed", "allow", "allows", "enable", "enables", "expect", "expected", "hope", "hopes",
        "would", "wanted", "needed", "trying", "tried", "attempt", "attempts", "intend", "intends", "aim", "aims", "order",
        "yet", "ever", "never", "always", "often", "sometimes", "usually", "very", "really", "quite", "much", "many", "few",
        "lot", "lots", "bit", "part", "parts", "rest", "side", "end", "point", "points", "case", "cases", "kind", "sort",
        "reason", "reasons", "option", "options", "approach", "solution", "problem", "problems", "answer", "answers",
        "everything", "anything", "whatever", "whether", "though", "although", "because", "since", "until", "while", "unless",
        "he's", "she's", "it's", "i'm", "we're", "they're", "you're", "i'll", "we'll", "you'll", "they'll", "that's", "there's",
        "who's", "what's", "i've", "we've", "i'd", "we'd",

        "accept", "agree", "alert", "align", "analyse", "analyze", "announce", "apply", "approve", "archive", "assess", "assign", "attend", "audit", "authenticate", "authorize", "backport", "backup", "benchmark", "block", "bump", "bundle", "cache", "calculate", "cancel", "capture", "celebrate", "check", "cite", "clarify", "clean", "close", "collect", "combine", "compare", "compile", "complete", "compute", "configure", "confirm", "congrats", "congratulations", "consider", "contact", "convert", "coordinate", "create", "debug", "defer", "define", "delay", "delete", "deliver", "deploy", "describe", "design", "disable", "distribute", "document", "downgrade", "draft", "drive", "email", "encrypt", "ensure", "escalate", "estimate", "evaluate", "expand", "explain", "explore", "extend", "extract", "fail", "fetch", "figure", "file", "finish", "follow", "format", "gather", "handle", "hire", "hold", "host", "ignore", "implement", "improve", "increase", "inform", "install", "intro", "introduce", "investigate", "invite", "join", "label", "launch", "lead", "learn", "leave", "lint", "list", "listen", "load", "log", "maintain", "manage", "measure", "mention", "merge", "monitor", "notify", "onboard", "operate", "optimize", "organise", "organize", "outline", "own", "package", "pass", "pause", "ping", "post", "postpone", "prepare", "present", "prioritise", "prioritize", "profile", "propose", "protect", "provision", "publish", "pull", "put", "reach", "receive", "reconsider", "record", "recover", "reduce", "refactor", "reference", "register", "reject", "remember", "remind", "remove", "rename", "report", "request", "reschedule", "research", "reset", "resolve", "respond", "restart", "restore", "resume", "retry", "revert", "review", "revisit", "rollback", "route", "save", "scale", "schedule", "scope", "secure", "send", "setup", "share", "shift", "ship", "show", "sign", "simplify", "skip", "split", "store", "study", "submit", "succeed", "summarize", "swap", "sync", "tag", "teach", "trace", "track", "train", "transform", "translate", "triage", "unblock", "upgrade", "validate", "verify", "vote", "wait", "warn", "watch", "welcome", "wrap",
        "whom", "whose", "yours", "ours", "theirs", "mine", "myself", "ourselves", "themselves", "itself", "self",
    };

    /// <summary>Whether <paramref name="token"/> could be a name as people write one (a word, an initial pair, a handle).</summary>
    public static bool CouldBeName(string token) => CouldBeName(token.AsSpan());

    /// <summary>Whether <paramref name="token"/> could be a name as people write one (a word, an initial pair, a handle).</summary>
    public static bool CouldBeName(ReadOnlySpan<char> token)
    {
        if (token.StartsWith("@"))
        {
            token = token[1..];
        }

        if (token.Length == 0 || token.Length > 39 || !char.IsLetter(token[0]))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsLetterOrDigit(c) && c is not '-' and not '_' and not '.' and not '\'')
            {
                return false;
            }
        }

        var lookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(token.TrimEnd('.'));
    }
}
