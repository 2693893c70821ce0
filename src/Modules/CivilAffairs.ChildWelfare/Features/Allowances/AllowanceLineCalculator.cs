using System.Text.Json;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Payments;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>
/// One child's line for a month, without I/O: whether the month is due, the amount by the
/// standard in force, the payee (institution account for institutional care, else the guardian
/// marked as payee), an exception line when there is no account or no standard; the inputs recorded.
/// </summary>
internal static class AllowanceLineCalculator
{
    /// <summary>Null when nothing is due for the month (not in care then, past 18, or no allowance for the category).</summary>
    public static AllowanceLine? Compute(Child child, Institution? institution, AllowanceStandards standards, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(standards);
        month = AllowanceRules.MonthOf(month);
        if (!AllowanceRules.IsDue(child.Status, child.AllowanceFrom, child.BirthDate, child.LeftOn, standards.UntilAge, month))
        {
            return null;
        }
        var basis = AllowanceRules.BasisOf(child.Category, child.InstitutionId is not null);
        if (basis == AllowanceBasis.None)
        {
            return null;
        }
        var amount = AllowanceRules.Amount(basis, standards);
        var line = new AllowanceLine
        {
            ChildId = child.Id, Month = month, DivisionCode = child.DivisionCode, Category = child.Category, Basis = basis, ChildName = child.Name,
            Amount = amount ?? 0m, Status = PaymentLineStatus.Pending,
        };
        if (institution is not null)
        {
            line.PaidToInstitution = true;
            line.PayeeName = institution.AccountName ?? institution.Name;
            line.BankName = institution.BankName;
            line.BankAccount = institution.BankAccount;
        }
        else if ((child.Guardians.FirstOrDefault(g => g.IsPayee) ?? child.Guardians.FirstOrDefault()) is { } g)
        {
            line.PayeeName = g.Name;
            line.PayeeIdNumber = g.IdNumber;
            line.BankName = g.BankName;
            line.BankAccount = g.BankAccount;
        }
        if (amount is null)
        {
            line.Status = PaymentLineStatus.Exception;
            line.Note = $"{PaymentMonth.Format(month)} 无适用的{ChildWelfareNames.Of(basis)}参数";
        }
        else if (string.IsNullOrEmpty(line.BankAccount))
        {
            line.Status = PaymentLineStatus.Exception;
            line.Note = institution is not null ? "养育机构未登记银行账户" : line.PayeeName.Length == 0 ? "未登记监护人（领取人）" : "领取人未登记银行账户";
        }
        line.InputsJson = JsonSerializer.Serialize(new
        {
            category = child.Category.ToString(), basis = basis.ToString(), birth = child.BirthDate, from = child.AllowanceFrom, leftOn = child.LeftOn,
            institution = institution?.Code,
            parameters = standards.Used(AllowanceRules.KeysOf(basis)).Select(p => new { p.Key, p.Value, p.ValidFrom, p.DivisionCode, p.LegalBasis }),
        });
        return line;
    }
}
