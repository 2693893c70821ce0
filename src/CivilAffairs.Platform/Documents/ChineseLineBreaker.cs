using System.Globalization;
using System.Text;

namespace CivilAffairs.Platform.Documents;

/// <summary>
/// Breaks a paragraph into lines that fit a width. PDFsharp's XTextFormatter breaks only at spaces,
/// and Chinese has none, so a Chinese sentence would run off the page. Here every Chinese character
/// is a break opportunity, runs of ASCII (numbers such as 1,070.00, ID numbers, words) stay whole,
/// and the basic 禁则 apply: closing punctuation never starts a line, opening brackets never end one.
/// </summary>
internal static class ChineseLineBreaker
{
    // 避头: hang into the right margin rather than begin a line (a line ending "，" slightly
    // wide reads better than one starting with it)
    private const string NoLineStart = "，。、；：！？）》」』】〕〉”’…%,.;:!?)]}";

    // 避尾: move down with the character they open
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    /// <param name="firstLineWidth">Narrower than <paramref name="width"/> when the first line is indented.</param>
    public static IReadOnlyList<string> Wrap(string paragraph, double firstLineWidth, double width, Func<string, double> measure)
    {
        var tokens = Tokenize(paragraph);
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0.0;
        var limit = firstLineWidth;

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == " " && line.Length == 0 && lines.Count > 0)
            {
                continue; // a space carried to the start of a line disappears
            }
            var w = measure(token);
            if (used + w <= limit + 0.01) // rounding must not push out a line that exactly fits
            {
                line.Append(token);
                used += w;
                continue;
            }
            if (token == " ")
            {
                NewLine();
                continue;
            }
            if (token.Length == 1 && NoLineStart.Contains(token[0]) && line.Length > 0)
            {
                line.Append(token); // hanging punctuation
                used += w;
                continue;
            }
            if ((w > width || line.Length == 0) && TextElements(token).ToList() is { Count: > 1 } characters)
            {
                // an ASCII run wider than the line (a URL, a long number): break between its characters
                tokens.RemoveAt(i);
                tokens.InsertRange(i, characters);
                i--;
                continue;
            }
            if (line.Length == 0)
            {
                line.Append(token); // one character wider than the line: nothing better to do
                used += w;
                continue;
            }
            NewLine();
            line.Append(token);
            used += w;
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }
        return lines;

        void NewLine()
        {
            var text = line.ToString();
            var carry = "";
            if (text.Length > 1 && NoLineEnd.Contains(text[^1]))
            {
                carry = text[^1..];
                text = text[..^1];
            }
            lines.Add(text.TrimEnd());
            line.Clear().Append(carry);
            used = carry.Length == 0 ? 0 : measure(carry);
            limit = width;
        }
    }

    /// <summary>ASCII runs (no spaces) as one token; every other text element on its own.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var element in TextElements(text))
        {
            if (element.Length == 1 && element[0] is > ' ' and <= '~')
            {
                word.Append(element);
                continue;
            }
            Flush();
            tokens.Add(element);
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }
    }

    // text elements, so a surrogate pair (rare CJK Extension B name characters) is never split
    private static IEnumerable<string> TextElements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            yield return e.GetTextElement();
        }
    }
}
