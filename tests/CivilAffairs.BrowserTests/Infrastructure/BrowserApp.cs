using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests.Infrastructure;

/// <summary>
/// The whole application on a real Kestrel socket (temporary SQLite file, demo data) plus one
/// headless Debian Chromium, shared by every test of the collection.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo#2018";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ca-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Real time plus an offset a journey may move (e.g. past a 7-day publicity); journeys run one at a time.</summary>
    public ShiftedClock Clock { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CA_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>$CA_ARTIFACTS/screenshots, else &lt;repo&gt;/artifacts/screenshots.</summary>
    public static string ScreenshotDir { get; } = ResolveScreenshotDir();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at '{ChromiumPath}'. Install it (apt-get install chromium fonts-wqy-microhei) or point CA_CHROMIUM at a Chromium binary.");
        }
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Directory.CreateDirectory(ScreenshotDir);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    // the UI language of a clerk's browser: date inputs show yyyy/mm/dd, not mm/dd/yyyy
                    "--lang=zh-CN"],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // "Testing" as in the integration suite; static web assets (bootstrap, app.css) are only wired
        // automatically in Development, so ask for them explicitly.
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_file}");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Volume", "light");
        builder.UseSetting("Security:ForcePasswordChange", "false");
        builder.UseSetting("Security:LoginRequestsPerMinute", "100000");
        builder.UseSetting("Marriage:ChoresMinutes", "0");
        // the PersonDied retry would race the tests that dispatch explicitly
        builder.UseSetting("Funeral:NoticeRetryMinutes", "0");
        builder.UseSetting("ElderCare:InsuranceEnrolMinutes", "0");
        builder.UseSetting("Reporting:RefreshMinutes", "0");
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A fresh browser context (own cookies) and page, desktop size unless told.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Logs in through the form and waits for the home page.</summary>
    public async Task<IPage> LoginAsync(string userName, int width = 1366, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/$"));
        await Expect(page.GetByTestId("whoami")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>PNG (full page unless told) under the screenshot folder; returns its path.</summary>
    public static async Task<string> ShotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(ScreenshotDir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public new async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }

    private static string ResolveScreenshotDir([CallerFilePath] string source = "")
    {
        if (Environment.GetEnvironmentVariable("CA_ARTIFACTS") is { Length: > 0 } a)
        {
            return Path.Combine(a, "screenshots");
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "CivilAffairs.slnx")))
                {
                    return Path.Combine(d.FullName, "artifacts", "screenshots");
                }
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

/// <summary>The system clock moved by <see cref="Offset"/>.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
