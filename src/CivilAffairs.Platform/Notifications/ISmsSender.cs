namespace CivilAffairs.Platform.Notifications;

/// <summary>
/// An SMS gateway (运营商 or the 政务短信平台). Modules write messages to their outbox and a
/// dispatcher hands them here; register another implementation to send for real. The default
/// writes a log line with the phone masked.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken ct);
}
