using System.Text;
using Docket.Notes.Diagnostics;

namespace Docket.Notes.Reading;

/// <summary>
/// A notes file's text after the checks every format shares: UTF-8, not binary, within limits,
/// line endings folded to <c>\n</c>, byte-order mark dropped.
/// </summary>
internal sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SourceText(string source, string text)
    {
        Source = source;
        Text = text;
    }

    /// <summary>The file as the user named it.</summary>
    public string Source { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    public static SourceTextResult FromBytes(ReadOnlySpan<byte> bytes, string source, NotesReaderOptions options)
    {
        if (options.CheckSize(bytes.Length) is { } tooLarge)
        {
            return new(null, tooLarge);
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new(null, new NotesDiagnostic(DiagnosticCodes.Binary, LineAt(bytes, nul),
                "the file holds binary data (a NUL byte), not text notes"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidUtf8(bytes);
            return new(null, new NotesDiagnostic(DiagnosticCodes.InvalidUtf8, LineAt(bytes, offset),
                $"the file is not valid UTF-8 (bad byte 0x{bytes[offset]:X2} at byte {offset}); save it as UTF-8"));
        }

        return FromNormalized(source, text);
    }

    public static SourceTextResult FromString(string text, string source, NotesReaderOptions options)
    {
        if (Encoding.UTF8.GetMaxByteCount(text.Length) > options.MaxBytes
            && options.CheckSize(Encoding.UTF8.GetByteCount(text)) is { } tooLarge)
        {
            return new(null, tooLarge);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return new(null, new NotesDiagnostic(DiagnosticCodes.Binary, LineAtChar(text, nul),
                "the text holds binary data (a NUL character), not notes"));
        }

        return FromNormalized(source, text.TrimStart('\uFEFF'));
    }

    private static SourceTextResult FromNormalized(string source, string text)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, new NotesDiagnostic(DiagnosticCodes.Empty, 1, "the file is empty: there are no notes to read"));
        }

        return new(new SourceText(source, text), null);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // Rune decoding stops exactly at the byte that breaks UTF-8 (a lead byte with no valid continuation, an overlong form).
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    // Lines end at \n, \r\n or a lone \r (old Mac files), as they do once the text is normalized.
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        return before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8) + 1;
    }

    private static int LineAtChar(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        return before.Count('\n') + before.Count('\r') - before.Count("\r\n") + 1;
    }

}

internal readonly record struct SourceTextResult(SourceText? Text, NotesDiagnostic? Error);
