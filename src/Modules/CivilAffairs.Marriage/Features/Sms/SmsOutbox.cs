using CivilAffairs.Marriage.Data;
using CivilAffairs.Platform.Notifications;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Marriage.Features.Sms;

/// <summary>The default sender: writes a line to the log with the phone masked and without the text (it holds a booking code).</summary>
internal sealed partial class LogSmsSender(ILogger<LogSmsSender> log) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        Sent(log, Masking.Phone(phone), text.Length);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {Phone} ({Length} characters) handed to the log sender")]
    private static partial void Sent(ILogger logger, string phone, int length);
}

/// <summary>Sends what waits in the outbox; a failure is kept on the row and retried later (at most 5 tries).</summary>
internal sealed class SmsDispatcher(MarriageDb db, ISmsSender sender, TimeProvider clock)
{
    public const int MaxAttempts = 5;

    public async Task<int> SendPendingAsync(int max, CancellationToken ct)
    {
        var pending = await db.Sms.Where(s => s.SentAtUtc == null && s.Attempts < MaxAttempts).OrderBy(s => s.CreatedAtUtc).Take(max).ToListAsync(ct);
        var sent = 0;
        foreach (var m in pending)
        {
            m.Attempts++;
            try
            {
                await sender.SendAsync(m.Phone, m.Text, ct);
                m.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                m.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                m.LastError = ex.GetType().Name + ": " + ex.Message[..Math.Min(ex.Message.Length, 400)];
            }
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }
}
