using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>The station's room and bed register: rooms by sex with capacity and who sleeps there.</summary>
internal sealed class Rooms(RescueDb db, ICurrentUser user)
{
    public async Task<List<RoomView>> ListAsync(CancellationToken ct)
    {
        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct);
        var ids = rooms.Select(r => r.Id).ToList();
        var ended = new[] { RescueCaseStatus.Returned, RescueCaseStatus.Placed, RescueCaseStatus.HukouSettled, RescueCaseStatus.Closed, RescueCaseStatus.LeftOnOwn };
        var occupants = await db.Cases.AsNoTracking().IgnoreQueryFilters().Where(c => c.RoomId != null && ids.Contains(c.RoomId.Value) && !ended.Contains(c.Status))
            .Select(c => new { c.RoomId, c.CaseNumber }).ToListAsync(ct);
        return rooms.Select(r =>
        {
            var who = occupants.Where(o => o.RoomId == r.Id).Select(o => o.CaseNumber).Order(StringComparer.Ordinal).ToList();
            return new RoomView(r.Id, r.Code, r.Sex.ToString(), r.Capacity, who.Count, r.Note, r.IsActive, who);
        }).ToList();
    }

    public async Task<RoomView> AddAsync(RoomRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        CaseWork.Require(user, Permissions.RescueWrite);
        var errors = new FieldErrors();
        var code = (r.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length is 0 or > 16)
        {
            errors.Add("code", "请填写房间号（不超过16个字符）");
        }
        if (!Enum.TryParse<Sex>(r.Sex, true, out var sex) || sex is not (Sex.Male or Sex.Female))
        {
            errors.Add("sex", "请选择男宿舍或女宿舍");
        }
        if (r.Capacity is not (>= 1 and <= 50))
        {
            errors.Add("capacity", "床位数应为1至50");
        }
        errors.ThrowIfAny();
        var division = user.Jurisdiction is { Length: > 0 } j ? j : "4403";
        if (await db.Rooms.AnyAsync(x => x.DivisionCode == division && x.Code == code, ct))
        {
            throw new FieldValidationException("code", "房间号已存在");
        }
        var room = new StationRoom { DivisionCode = division, Code = code, Sex = sex, Capacity = r.Capacity!.Value, Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim() };
        db.Rooms.Add(room);
        await db.SaveChangesAsync(ct);
        return new RoomView(room.Id, room.Code, room.Sex.ToString(), room.Capacity, 0, room.Note, true, []);
    }
}
