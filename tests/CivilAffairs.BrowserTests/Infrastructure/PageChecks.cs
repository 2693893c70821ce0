using System.Text.RegularExpressions;

namespace CivilAffairs.BrowserTests.Infrastructure;

/// <summary>Checks that every screenshot is worth looking at: styled, Chinese in a real font, no full ID numbers.</summary>
public static partial class PageChecks
{
    /// <summary>An 18-character resident ID number not surrounded by other digits.</summary>
    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{16}[0-9X](?![0-9A-Za-z])")]
    public static partial Regex FullIdNumber();

    [GeneratedRegex(@"^[0-9]{6}\*{8}[0-9]{3}[0-9X]$")]
    public static partial Regex MaskedIdNumber();

    /// <summary>bootstrap.min.css and app.css were served and applied.</summary>
    public static async Task AssertStyledAsync(IPage page)
    {
        var sheets = await page.EvaluateAsync<string[]>(
            "() => [...document.styleSheets].filter(s => { try { return s.cssRules.length > 0; } catch { return false; } }).map(s => s.href || 'inline')");
        Assert.Contains(sheets, s => s.Contains("bootstrap", StringComparison.Ordinal));
        Assert.Contains(sheets, s => s.Contains("app", StringComparison.Ordinal) && s.EndsWith(".css", StringComparison.Ordinal));
        // bootstrap's reboot sets box-sizing on everything
        Assert.Equal("border-box", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).boxSizing"));
        // _framework/blazor.web.js (a framework static web asset, not in wwwroot) loaded: enhanced navigation and forms work
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"), "_framework/blazor.web.js did not load");
    }

    /// <summary>
    /// Without a CJK font Chromium draws every Han character as the same .notdef box ("tofu"): draw two
    /// different characters with the page's font and compare the bitmaps.
    /// </summary>
    public static async Task AssertChineseRendersAsync(IPage page)
    {
        var same = await page.EvaluateAsync<bool>("""
            () => {
              const font = '32px ' + getComputedStyle(document.body).fontFamily;
              const draw = ch => { const c = document.createElement('canvas'); c.width = 40; c.height = 40;
                const x = c.getContext('2d'); x.font = font; x.fillStyle = '#000'; x.fillText(ch, 2, 32); return c.toDataURL(); };
              return draw('中') === draw('丁');
            }
            """);
        Assert.False(same, "Han characters render as identical boxes: install a CJK font (apt-get install fonts-wqy-microhei).");
    }

    /// <summary>No complete resident ID number anywhere in the visible text or in the HTML.</summary>
    public static async Task AssertNoFullIdNumberAsync(IPage page)
    {
        var text = await page.InnerTextAsync("body");
        Assert.False(FullIdNumber().IsMatch(text), "A full ID number is visible: " + FullIdNumber().Match(text).Value);
        var html = await page.ContentAsync();
        Assert.False(FullIdNumber().IsMatch(html), "A full ID number is in the HTML: " + FullIdNumber().Match(html).Value);
    }

    /// <summary>Elements whose content is wider than their box and not scrollable (cut-off text, overflowing tables).</summary>
    public static Task<string[]> FindHorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              if (document.documentElement.scrollWidth > window.innerWidth + 1)
                out.push(`page ${document.documentElement.scrollWidth}px > viewport ${window.innerWidth}px`);
              return out;
            }
            """);
}
