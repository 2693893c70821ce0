using CivilAffairs.Contracts.Events;

namespace CivilAffairs.Platform.Events;

/// <summary>
/// In-process publication of <see cref="PersonDied"/>: calls every registered handler in turn
/// (each saves its own changes). Modules register their handler with
/// <c>services.AddScoped&lt;IPersonDiedHandler, …&gt;()</c> and the dispatcher with TryAddScoped.
/// </summary>
public sealed class PersonDiedDispatcher(IEnumerable<IPersonDiedHandler> handlers)
{
    public async Task<IReadOnlyList<PersonDiedOutcome>> PublishAsync(PersonDied e, CancellationToken ct)
    {
        var outcomes = new List<PersonDiedOutcome>();
        foreach (var h in handlers)
        {
            outcomes.Add(await h.HandleAsync(e, ct));
        }
        return outcomes;
    }
}
