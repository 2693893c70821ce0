using CivilAffairs.Platform.Identity;
using CivilAffairs.Reporting.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Reporting.Features.Facts;

/// <summary>
/// Refreshes the monthly figures incrementally every Reporting:RefreshMinutes (0 = off), so that a
/// dashboard is at most that old; staff with reporting.manage can refresh at once from the page.
/// </summary>
internal sealed partial class RefreshJob(IServiceScopeFactory scopes, ReportingOptions options, ILogger<RefreshJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.RefreshMinutes <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.RefreshMinutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("reporting-refresh");
                await scope.ServiceProvider.GetRequiredService<FactsRefresher>().RefreshAsync(full: false, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(log, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reporting refresh failed")]
    private static partial void Failed(ILogger logger, Exception ex);
}
