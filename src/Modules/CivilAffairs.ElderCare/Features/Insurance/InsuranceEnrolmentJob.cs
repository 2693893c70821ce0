using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>
/// Enrols everyone who has turned 60 (ElderCare:InsuranceEnrolMinutes, default daily; 0 = off). The
/// first run comes a short while after start-up (ElderCare:InsuranceEnrolDelaySeconds), so a day the
/// service was down is caught up as soon as it is back.
/// </summary>
internal sealed partial class InsuranceEnrolmentJob(IServiceScopeFactory scopes, IConfiguration config, ILogger<InsuranceEnrolmentJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = config.GetValue("ElderCare:InsuranceEnrolMinutes", 24 * 60);
        if (minutes <= 0)
        {
            return;
        }
        await Task.Delay(TimeSpan.FromSeconds(Math.Max(config.GetValue("ElderCare:InsuranceEnrolDelaySeconds", 120), 0)), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("eldercare-insurance-enrolment");
                var r = await scope.ServiceProvider.GetRequiredService<InsuranceRoster>().EnrolAsync(stoppingToken);
                Ran(log, r.Enrolled, r.Considered);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "银龄安康 enrolment: {Enrolled} enrolled of {Considered} Shenzhen-hukou residents of age")]
    private static partial void Ran(ILogger logger, int enrolled, int considered);

    [LoggerMessage(Level = LogLevel.Error, Message = "银龄安康 enrolment failed")]
    private static partial void Failed(ILogger logger, Exception ex);
}
