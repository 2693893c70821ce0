using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>
/// Takes and gives back places on a sea-burial voyage with one conditional UPDATE each: the row
/// changes only while there is room, so two clerks booking the last places at once cannot both
/// succeed (on PostgreSQL the second UPDATE waits for the first row lock and re-checks).
/// </summary>
internal sealed class SeatBooking(FuneralDb db)
{
    public async Task<SeaBurialEvent> TakeAsync(Guid eventId, int companions, CancellationToken ct)
    {
        var changed = await db.SeaBurialEvents
            .Where(e => e.Id == eventId && e.Status != SeaBurialStatus.Cancelled
                && e.AshesTaken + 1 <= e.AshesCapacity && e.SeatsTaken + companions <= e.PassengerSeats)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.AshesTaken, e => e.AshesTaken + 1)
                .SetProperty(e => e.SeatsTaken, e => e.SeatsTaken + companions), ct);
        var ev = await db.SeaBurialEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct)
            ?? throw new FieldValidationException("seaBurialEventId", "海葬活动不存在");
        if (changed == 0)
        {
            throw ev.Status == SeaBurialStatus.Cancelled
                ? new BusinessRuleException($"第 {ev.Sequence} 期海葬活动已取消，请选择其他活动")
                : new BusinessRuleException(
                    $"第 {ev.Sequence} 期海葬活动名额不足：骨灰余 {ev.AshesCapacity - ev.AshesTaken} 份，随船座位余 {ev.PassengerSeats - ev.SeatsTaken} 个，本申请需骨灰 1 份、座位 {companions} 个",
                    "/problems/sea-burial-full");
        }
        return ev;
    }

    public Task ReleaseAsync(Guid eventId, int companions, CancellationToken ct) =>
        db.SeaBurialEvents.Where(e => e.Id == eventId && e.AshesTaken >= 1 && e.SeatsTaken >= companions)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.AshesTaken, e => e.AshesTaken - 1)
                .SetProperty(e => e.SeatsTaken, e => e.SeatsTaken - companions), ct);
}
