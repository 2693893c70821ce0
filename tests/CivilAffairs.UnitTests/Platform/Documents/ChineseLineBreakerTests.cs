using CivilAffairs.Platform.Documents;

namespace CivilAffairs.UnitTests.Platform.Documents;

/// <summary>Character-level wrapping for Chinese, which has no spaces to break at.</summary>
public class ChineseLineBreakerTests
{
    // a monospaced stand-in for the real font: CJK one unit, ASCII half a unit
    private static double Measure(string s) => s.Sum(c => c < 128 ? 0.5 : 1.0);

    private static IReadOnlyList<string> Wrap(string text, double width, double firstLine = -1) =>
        ChineseLineBreaker.Wrap(text, firstLine < 0 ? width : firstLine, width, Measure);

    [Fact]
    public void Chinese_without_spaces_breaks_between_characters_and_keeps_every_character()
    {
        var text = "经审核你家庭的收入和财产状况符合最低生活保障条件决定予以批准";

        var lines = Wrap(text, 10);

        Assert.Equal(["经审核你家庭的收入和", "财产状况符合最低生活", "保障条件决定予以批准"], lines);
    }

    [Fact]
    public void The_first_line_can_be_narrower_for_the_paragraph_indent()
    {
        var lines = Wrap("一二三四五六七八九十", 6, firstLine: 4);

        Assert.Equal(["一二三四", "五六七八九十"], lines);
    }

    [Fact]
    public void An_amount_is_never_split_across_lines()
    {
        var lines = Wrap("每月保障金额为1,070.00元", 10);

        Assert.Contains(lines, l => l.Contains("1,070.00", StringComparison.Ordinal));
        Assert.Equal("每月保障金额为1,070.00元", string.Concat(lines));
    }

    [Fact]
    public void Closing_punctuation_hangs_at_the_end_of_the_line_instead_of_starting_the_next()
    {
        var lines = Wrap("一二三四五，六七", 5);

        Assert.Equal(["一二三四五，", "六七"], lines);
    }

    [Fact]
    public void An_opening_bracket_moves_down_with_the_word_it_opens()
    {
        var lines = Wrap("一二三四《办法》", 5);

        Assert.Equal(["一二三四", "《办法》"], lines);
    }

    [Fact]
    public void A_run_of_ASCII_longer_than_the_line_is_broken_by_character()
    {
        var lines = Wrap("见https://example.org/very/long/path", 6);

        Assert.All(lines, l => Assert.True(Measure(l) <= 6, l));
        Assert.Equal("见https://example.org/very/long/path", string.Concat(lines));
    }

    [Fact]
    public void Spaces_at_a_break_disappear()
    {
        var lines = Wrap("aa bb cc dd", 2.5);

        Assert.Equal(["aa bb", "cc dd"], lines);
    }

    [Fact]
    public void An_empty_paragraph_is_one_empty_line()
    {
        Assert.Equal([""], Wrap("", 10));
    }
}
