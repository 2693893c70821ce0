using System.Text.Json;
using CivilAffairs.Contracts.Events;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Events;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>
/// The PersonDied outbox. A notice is dispatched in its own scope as the system user: the funeral
/// home's jurisdiction (one district) must not limit which households elsewhere stop being paid.
/// Each module's answer is stored on the row and shown on the case page.
/// </summary>
internal sealed partial class DeathNotices(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeathNotices> log)
{
    public const string SystemUser = "funeral-death-notice";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DeathNotice For(DeathCase c, string source, DateTime nowUtc) => new()
    {
        CaseId = c.Id, DivisionCode = c.DivisionCode, IdNumber = c.IdNumber, DiedOn = c.DiedOn, Source = source, CreatedAtUtc = nowUtc,
    };

    /// <summary>Publishes one notice; a failure is kept on the row for the retry, never thrown to the recorder.</summary>
    public async Task<bool> DispatchAsync(Guid noticeId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem(SystemUser);
        var db = scope.ServiceProvider.GetRequiredService<FuneralDb>();
        var notice = await db.DeathNotices.FirstOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || notice.DispatchedAtUtc is not null)
        {
            return false;
        }
        notice.Attempts++;
        try
        {
            var dispatcher = scope.ServiceProvider.GetRequiredService<PersonDiedDispatcher>();
            var outcomes = await dispatcher.PublishAsync(new PersonDied(notice.IdNumber, notice.DiedOn, notice.Source), ct);
            notice.OutcomesJson = JsonSerializer.Serialize(outcomes, Json);
            notice.DispatchedAtUtc = clock.GetUtcNow().UtcDateTime;
            notice.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // the type only: a handler's message might quote personal data
            notice.LastError = $"{ex.GetType().Name}（第{notice.Attempts}次，稍后自动重试）";
            Failed(log, notice.Id, ex.GetType().Name);
        }
        // a handler that failed half-way may have left tracked changes in its own context, not in ours
        await db.SaveChangesAsync(ct);
        return notice.DispatchedAtUtc is not null;
    }

    /// <summary>Dispatches the notices not yet dispatched (oldest first); returns how many succeeded.</summary>
    public async Task<int> DispatchPendingAsync(int max, CancellationToken ct)
    {
        List<Guid> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem(SystemUser);
            var db = scope.ServiceProvider.GetRequiredService<FuneralDb>();
            pending = await db.DeathNotices.Where(n => n.DispatchedAtUtc == null).OrderBy(n => n.CreatedAtUtc).Select(n => n.Id).Take(max).ToListAsync(ct);
        }
        var done = 0;
        foreach (var id in pending)
        {
            if (await DispatchAsync(id, ct))
            {
                done++;
            }
        }
        return done;
    }

    public static IReadOnlyList<PersonDiedOutcome> Outcomes(DeathNotice n) =>
        n.OutcomesJson is null ? [] : JsonSerializer.Deserialize<List<PersonDiedOutcome>>(n.OutcomesJson, Json) ?? [];

    public static NoticeView View(DeathNotice n)
    {
        var outcomes = Outcomes(n);
        var summary = n.Source.StartsWith("demo:", StringComparison.Ordinal) ? "演示数据：未向其他模块发布"
            : n.DispatchedAtUtc is null
            ? n.LastError ?? "待通知"
            : outcomes.Count == 0 ? "已通知（无模块处理）" : string.Join("；", outcomes.Select(o => $"{ModuleName(o.Module)}：{o.Summary}"));
        return new NoticeView(n.Id, n.Source, n.CreatedAtUtc, n.DispatchedAtUtc, n.Attempts, n.LastError, outcomes, summary);
    }

    public static string ModuleName(string module) => module switch
    {
        "assistance" => "社会救助",
        "eldercare" => "养老服务",
        "childwelfare" => "儿童福利",
        _ => module,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "PersonDied notice {NoticeId} failed ({Error}); it will be retried")]
    private static partial void Failed(ILogger logger, Guid noticeId, string error);
}

/// <summary>Retries notices not yet dispatched every few minutes (Funeral:NoticeRetryMinutes, 0 = off, as in tests).</summary>
internal sealed partial class DeathNoticeRetry(DeathNotices notices, IConfiguration config, ILogger<DeathNoticeRetry> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = config.GetValue("Funeral:NoticeRetryMinutes", 2);
        if (minutes <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var n = await notices.DispatchPendingAsync(200, stoppingToken);
                if (n > 0)
                {
                    Ran(log, n);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(log, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Funeral: {Count} PersonDied notices dispatched on retry")]
    private static partial void Ran(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Funeral notice retry failed")]
    private static partial void Failed(ILogger logger, Exception ex);
}
