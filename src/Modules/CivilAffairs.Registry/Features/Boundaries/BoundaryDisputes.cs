using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>界线争议 and their mediation (调处) records.</summary>
internal sealed class BoundaryDisputes(RegistryDb db, BoundaryAccess access)
{
    public async Task<DisputeList> ListAsync(string? status, CancellationToken ct)
    {
        var all = await db.BoundaryDisputes.AsNoTracking().Include(d => d.Mediations).OrderByDescending(d => d.OpenedOn).ToListAsync(ct);
        var lines = await db.BoundaryLines.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var today = access.Today;
        var rows = all.Where(d => string.IsNullOrEmpty(status) || d.Status == status)
            .Select(d => new DisputeRow(d.Id, d.Number, d.LineId is { } l ? lines.GetValueOrDefault(l) : null, d.Area, d.Parties, d.OpenedOn, d.Status, d.Mediations.Count,
                d.Mediations.Count == 0 ? null : d.Mediations.Max(m => m.Date), d.AgreementReached, (d.ClosedOn ?? today).DayNumber - d.OpenedOn.DayNumber))
            .ToList();
        return new DisputeList(rows.Count, all.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => g.Count()), rows);
    }

    public async Task<DisputeDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var d = await db.BoundaryDisputes.AsNoTracking().Include(x => x.Mediations).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("界线争议不存在或不在您的辖区内");
        var line = d.LineId is { } lid ? await db.BoundaryLines.AsNoTracking().Where(l => l.Id == lid).Select(l => l.Name).FirstOrDefaultAsync(ct) : null;
        return new DisputeDetail(d.Id, d.Number, d.LineId, line, d.Area, d.Parties, d.OpenedOn, d.Description, d.Status, d.AgreementReached, d.AgreementSummary, d.ClosedOn,
            d.Mediations.OrderBy(m => m.Date).Select(m => new MediationView(m.Date, m.Mediator, m.Participants, m.Outcome)).ToList(), access.CanManage);
    }

    public async Task<DisputeDetail> CreateAsync(DisputeCreateRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var errors = new FieldErrors();
        string scope = "";
        if (r.LineId is { } lineId)
        {
            var line = await db.BoundaryLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId, ct);
            if (line is null) { errors.Add("lineId", "界线不存在或不在您的辖区内"); }
            else { scope = line.ScopeCodes; }
        }
        else
        {
            var codes = BoundaryAccess.SplitCodes(r.DivisionCodes);
            if (codes.Count == 0) { errors.Add("divisionCodes", "请选择界线或填写争议双方的区划代码"); }
            else { scope = await access.ScopeForNewAsync(codes, "divisionCodes", errors, ct); }
        }
        if (string.IsNullOrWhiteSpace(r.Area)) { errors.Add("area", "请填写争议地段"); }
        if (string.IsNullOrWhiteSpace(r.Parties)) { errors.Add("parties", "请填写争议各方"); }
        if (r.OpenedOn is null) { errors.Add("openedOn", "请填写受理日期"); }
        else if (r.OpenedOn > access.Today) { errors.Add("openedOn", "受理日期不能晚于今天"); }
        if (string.IsNullOrWhiteSpace(r.Description)) { errors.Add("description", "请填写争议情况"); }
        errors.ThrowIfAny();
        var d = new BoundaryDispute
        {
            Number = await NumberCounters.NextAsync(db.Counters, "JF", r.OpenedOn!.Value.Year, ct), LineId = r.LineId, Area = r.Area!.Trim(), Parties = r.Parties!.Trim(),
            OpenedOn = r.OpenedOn.Value, Description = r.Description!.Trim(), ScopeCodes = scope,
        };
        db.BoundaryDisputes.Add(d);
        await db.SaveChangesAsync(ct);
        return await GetAsync(d.Id, ct);
    }

    public async Task<DisputeDetail> AddMediationAsync(Guid id, MediationRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var d = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        if (r.Date is null) { errors.Add("date", "请填写调处日期"); }
        else if (r.Date > access.Today) { errors.Add("date", "调处日期不能晚于今天"); }
        else if (r.Date < d.OpenedOn) { errors.Add("date", "调处日期不能早于受理日期"); }
        if (string.IsNullOrWhiteSpace(r.Mediator)) { errors.Add("mediator", "请填写调处单位"); }
        if (string.IsNullOrWhiteSpace(r.Participants)) { errors.Add("participants", "请填写参加各方"); }
        if (string.IsNullOrWhiteSpace(r.Outcome)) { errors.Add("outcome", "请填写调处结果"); }
        errors.ThrowIfAny();
        if (d.Status == DisputeStatuses.Settled)
        {
            throw new BusinessRuleException("争议已调处结案，不能再登记调处记录");
        }
        db.Add(new DisputeMediation { DisputeId = d.Id, Date = r.Date!.Value, Mediator = r.Mediator!.Trim(), Participants = r.Participants!.Trim(), Outcome = r.Outcome!.Trim() });
        d.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>已调处 needs at least one mediation; an agreement needs its content.</summary>
    public async Task<DisputeDetail> SetStatusAsync(Guid id, DisputeStatusRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var d = await LoadAsync(id, ct);
        var status = r.Status?.Trim();
        if (!DisputeStatuses.All.Contains(status))
        {
            throw new FieldValidationException("status", "状态应为调处中、已调处或提交上级");
        }
        if (r.AgreementReached && string.IsNullOrWhiteSpace(r.AgreementSummary))
        {
            throw new FieldValidationException("agreementSummary", "达成协议的，请填写协议内容");
        }
        if (status == DisputeStatuses.Settled && d.Mediations.Count == 0)
        {
            throw new BusinessRuleException("尚无调处记录，不能结案为已调处");
        }
        var date = r.Date ?? access.Today;
        if (date > access.Today || date < d.OpenedOn)
        {
            throw new FieldValidationException("date", "日期应在受理日期与今天之间");
        }
        d.Status = status!;
        d.AgreementReached = r.AgreementReached;
        d.AgreementSummary = string.IsNullOrWhiteSpace(r.AgreementSummary) ? null : r.AgreementSummary.Trim();
        d.ClosedOn = status == DisputeStatuses.Open ? null : date;
        d.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<BoundaryDispute> LoadAsync(Guid id, CancellationToken ct) =>
        await db.BoundaryDisputes.Include(x => x.Mediations).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("界线争议不存在或不在您的辖区内");
}
