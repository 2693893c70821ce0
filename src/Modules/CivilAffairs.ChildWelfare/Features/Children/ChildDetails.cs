using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Children;

/// <summary>One child as the detail page shows it: masked identifiers, guardians, the allowance in force this month and what the user may do next.</summary>
internal sealed class ChildDetails(ChildWelfareDb db, AllowanceStandardsReader standards, IDivisionDirectory divisions, ICurrentUser me, TimeProvider clock)
{
    public async Task<ChildDetail> BuildAsync(Guid id, CancellationToken ct)
    {
        var x = await db.Children.AsNoTracking().Include(c => c.Guardians).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        var today = ChinaTime.Today(clock);
        var institution = x.InstitutionId is { } iid ? await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == iid, ct) : null;
        var allowance = await AllowanceAsync(x, institution, today, ct);
        var guardians = x.Guardians.OrderByDescending(g => g.IsPayee).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => new GuardianView(g.Id, g.Name, g.Relation, Masking.IdNumber(g.IdNumber), g.Phone is null ? null : Masking.Phone(g.Phone), g.BankName,
                g.BankAccount is null ? null : Masking.BankAccount(g.BankAccount), g.IsPayee))
            .ToList();
        var divisionName = await divisions.FullNameAsync(x.DivisionCode, ct);
        var approver = me.Has(Permissions.ChildWelfareApprove);
        return new ChildDetail(x.Id, x.Name, Masking.IdNumber(x.IdNumber), ChildWelfareNames.Sex(x.Sex), x.BirthDate, IdNumber.AgeOn(x.BirthDate, today),
            x.Hukou, x.DivisionCode, divisionName, x.Category, ChildWelfareNames.Of(x.Category), x.InstitutionId, institution?.Name, x.Status,
            ChildWelfareNames.Of(x.Status), x.RegisteredBy, x.RegisteredOn, x.ApprovedBy, x.ApprovedOn, x.AllowanceFrom, x.LeftOn, x.LeaveReason,
            x.LeaveReason is { } r ? ChildWelfareNames.Of(r) : null, x.LeaveNote, x.Note, guardians, allowance,
            approver && x.Status == ChildStatus.Registered && !string.Equals(x.RegisteredBy, me.UserName, StringComparison.OrdinalIgnoreCase),
            approver && x.Status == ChildStatus.Approved,
            me.Has(Permissions.ChildWelfareWrite) && x.Status != ChildStatus.Left);
    }

    private async Task<AllowanceNow> AllowanceAsync(Child x, Institution? institution, DateOnly today, CancellationToken ct)
    {
        var month = AllowanceRules.MonthOf(today);
        var s = await standards.ForMonthAsync(month, x.DivisionCode, ct);
        var basis = AllowanceRules.BasisOf(x.Category, x.InstitutionId is not null);
        var amount = AllowanceRules.Amount(basis, s);
        var payee = basis == AllowanceBasis.None ? null
            : institution is not null ? institution.Name + "（机构账户）"
            : x.Guardians.FirstOrDefault(g => g.IsPayee) is { } g ? $"{g.Name}（{g.Relation}）" + (g.BankAccount is null ? "，未登记银行账户" : "") : "未指定领取人";
        var used = s.Used(AllowanceRules.KeysOf(basis))
            .Select(p => new UsedParameterView(p.Key, standards.NameOf(p.Key), p.Value, p.ValidFrom, p.LegalBasis)).ToList();
        return new AllowanceNow(basis, ChildWelfareNames.Of(basis), amount, payee, x.AllowanceFrom, AllowanceRules.LastMonth(x.BirthDate, s.UntilAge, x.LeftOn), used);
    }
}
