using System.Globalization;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Marriage.Domain;

/// <summary>The no-show parameters in force on a day.</summary>
internal sealed record NoShowPolicy(int Limit, int WindowDays, int BanDays);

/// <summary>Reads the marriage parameters in force on a date for an office's district (district overrides apply).</summary>
internal sealed class MarriagePolicyReader(ParameterStore store)
{
    public async Task<MarriagePolicy> MarriageAsync(DateOnly on, string division, CancellationToken ct)
    {
        var p = await store.FindManyAsync([MarriageParameters.MinAgeMale, MarriageParameters.MinAgeFemale,
            MarriageParameters.DivorceCoolingOffDays, MarriageParameters.DivorceCollectionDays, MarriageParameters.AnyOffice], on, division, ct);
        return new MarriagePolicy(Int(p, MarriageParameters.MinAgeMale), Int(p, MarriageParameters.MinAgeFemale),
            Int(p, MarriageParameters.DivorceCoolingOffDays), Int(p, MarriageParameters.DivorceCollectionDays), Int(p, MarriageParameters.AnyOffice) == 1);
    }

    public async Task<BookingPolicy> BookingAsync(DateOnly on, string division, CancellationToken ct)
    {
        var p = await store.FindManyAsync([MarriageParameters.BookingMinDaysAhead, MarriageParameters.BookingMaxDaysAhead,
            MarriageParameters.BookingReleaseTime], on, division, ct);
        var release = p.TryGetValue(MarriageParameters.BookingReleaseTime, out var r)
            ? TimeOnly.ParseExact(r.Value, "HH:mm", CultureInfo.InvariantCulture)
            : throw Missing(MarriageParameters.BookingReleaseTime, on);
        return new BookingPolicy(Int(p, MarriageParameters.BookingMinDaysAhead), Int(p, MarriageParameters.BookingMaxDaysAhead), release);
    }

    public async Task<NoShowPolicy> NoShowAsync(DateOnly on, string division, CancellationToken ct)
    {
        var p = await store.FindManyAsync([MarriageParameters.NoShowLimit, MarriageParameters.NoShowWindowDays, MarriageParameters.NoShowBanDays], on, division, ct);
        return new NoShowPolicy(Int(p, MarriageParameters.NoShowLimit), Int(p, MarriageParameters.NoShowWindowDays), Int(p, MarriageParameters.NoShowBanDays));
    }

    public async Task<int> RescheduleLimitAsync(DateOnly on, string division, CancellationToken ct) =>
        Int(await store.FindManyAsync([MarriageParameters.RescheduleLimit], on, division, ct), MarriageParameters.RescheduleLimit);

    public async Task<bool> ResidencePermitPilotAsync(DateOnly on, string division, CancellationToken ct)
    {
        var p = await store.FindManyAsync([MarriageParameters.ResidencePermitPilot], on, division, ct);
        return p.Count > 0 && Int(p, MarriageParameters.ResidencePermitPilot) == 1;
    }

    private static int Int(IReadOnlyDictionary<string, Parameter> p, string key) =>
        p.TryGetValue(key, out var v) ? int.Parse(v.Value, CultureInfo.InvariantCulture) : throw Missing(key, null);

    private static InvalidOperationException Missing(string key, DateOnly? on) =>
        new($"Parameter {key} has no value in force{(on is null ? "" : " on " + on.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}.");
}
