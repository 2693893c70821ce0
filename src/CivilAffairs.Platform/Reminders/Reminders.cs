namespace CivilAffairs.Platform.Reminders;

/// <summary>One line of a user's to-do reminders on the home page: what is waiting or late, and where to act.</summary>
/// <param name="Urgent">Past a deadline (shown in red).</param>
public sealed record Reminder(string Title, int Count, string Href, bool Urgent);

/// <summary>
/// A module's reminders for the current user, already limited to the user's permissions and
/// jurisdiction. Modules register implementations; the home page lists every non-zero line.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Reminder>> GetAsync(CancellationToken ct);
}
