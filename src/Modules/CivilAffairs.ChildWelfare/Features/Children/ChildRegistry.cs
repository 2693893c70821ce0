using System.Globalization;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Children;

/// <summary>
/// The register of children in care: registration with guardians, category approval by someone other
/// than the registrar, start of the allowance, leaving care. Out-of-jurisdiction children answer 404.
/// </summary>
internal sealed class ChildRegistry(ChildWelfareDb db, ChildDetails details, IDivisionDirectory divisions, ICurrentUser me, TimeProvider clock)
{
    public const int PageSize = 30;

    public async Task<ChildDetail> RegisterAsync(RegisterChildRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        IdNumberInfo? id = null;
        if (!IdNumber.TryParse(r.IdNumber, today, divisions.IsKnownAddressCode, out id, out var idError))
        {
            errors.Add("idNumber", idError!);
        }
        else if (IdNumber.AgeOn(id!.BirthDate, today) >= 18)
        {
            errors.Add("idNumber", "该身份证号码显示已年满18周岁，不属于儿童福利保障对象");
        }
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 2 or > 30)
        {
            errors.Add("name", "请填写儿童姓名（2至30个字）");
        }
        var hukou = (r.Hukou ?? "").Trim();
        if (hukou.Length == 0)
        {
            errors.Add("hukou", "请填写户籍地");
        }
        ChildCategory? category = Enum.TryParse<ChildCategory>(r.Category, true, out var c) && Enum.IsDefined(c) ? c : null;
        if (category is null)
        {
            errors.Add("category", "请选择保障类别");
        }
        Institution? institution = null;
        if (r.InstitutionId is { } iid)
        {
            institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == iid, ct);
            if (institution is null)
            {
                errors.Add("institutionId", "养育机构不存在");
            }
        }
        if (category == ChildCategory.InstitutionalOrphan && r.InstitutionId is null)
        {
            errors.Add("institutionId", "机构养育孤儿须选择养育机构");
        }
        if (category is ChildCategory.DispersedOrphan or ChildCategory.DeFactoUnsupported && r.InstitutionId is not null)
        {
            errors.Add("institutionId", "社会散居孤儿和事实无人抚养儿童由监护人抚养，不选择机构");
        }
        var division = institution?.DivisionCode ?? DivisionCodes.Normalize(r.DivisionCode);
        if (institution is null)
        {
            if (division is null || division.Length < 9 || await divisions.FindAsync(division, today, ct) is null)
            {
                errors.Add("divisionCode", "请填写居住地所在街道的区划代码（9位）");
                division = null;
            }
        }
        if (division is not null && !DivisionCodes.IsWithin(division, me.Jurisdiction ?? "#"))
        {
            errors.Add(institution is null ? "divisionCode" : "institutionId", "只能登记本辖区的儿童");
        }
        var guardians = Guardians(r.Guardians, today, errors);
        if (institution is null && category is not null && guardians.Count == 0)
        {
            errors.Add("guardians", "散居或居家的儿童须登记至少一名监护人");
        }
        errors.ThrowIfAny();
        if (await db.Children.IgnoreQueryFilters().AnyAsync(x => x.IdNumber == id!.Normalized, ct))
        {
            throw new FieldValidationException("idNumber", "该儿童已登记，请勿重复登记");
        }
        var child = new Child
        {
            IdNumber = id!.Normalized, Name = name, Sex = id.Sex, BirthDate = id.BirthDate, Hukou = hukou, DivisionCode = division!,
            Category = category!.Value, InstitutionId = institution?.Id, Status = ChildStatus.Registered, RegisteredBy = me.UserName,
            RegisteredOn = today, Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Guardians = guardians,
        };
        db.Children.Add(child);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(child.Id, ct);
    }

    private static List<Guardian> Guardians(List<GuardianInput>? inputs, DateOnly today, FieldErrors errors)
    {
        var list = new List<Guardian>();
        var rows = (inputs ?? []).Where(g => !string.IsNullOrWhiteSpace(g.Name) || !string.IsNullOrWhiteSpace(g.IdNumber)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var g = rows[i];
            var prefix = $"guardians[{i}].";
            var gname = (g.Name ?? "").Trim();
            if (gname.Length is < 2 or > 30)
            {
                errors.Add(prefix + "name", "请填写监护人姓名");
            }
            if (!IdNumber.TryParse(g.IdNumber, today, null, out var gid, out var gerr))
            {
                errors.Add(prefix + "idNumber", gerr!);
            }
            var relation = (g.Relation ?? "").Trim();
            if (relation.Length == 0)
            {
                errors.Add(prefix + "relation", "请填写与儿童的关系");
            }
            var account = new string((g.BankAccount ?? "").Where(char.IsAsciiDigit).ToArray());
            if (!string.IsNullOrWhiteSpace(g.BankAccount) && account.Length is < 12 or > 30)
            {
                errors.Add(prefix + "bankAccount", "银行账号应为12至30位数字");
            }
            var phone = (g.Phone ?? "").Trim();
            if (phone.Length > 0 && (phone.Length is < 7 or > 20 || !phone.All(ch => char.IsAsciiDigit(ch) || ch == '-')))
            {
                errors.Add(prefix + "phone", "联系电话格式不正确");
            }
            list.Add(new Guardian
            {
                Name = gname, Relation = relation, IdNumber = gid?.Normalized ?? "", Phone = phone.Length == 0 ? null : phone,
                BankName = string.IsNullOrWhiteSpace(g.BankName) ? null : g.BankName.Trim(), BankAccount = account.Length == 0 ? null : account,
                IsPayee = g.IsPayee,
            });
        }
        // the payee is the guardian marked as such, else the first with an account
        if (list.Count > 0 && !list.Any(x => x.IsPayee))
        {
            (list.FirstOrDefault(x => x.BankAccount is not null) ?? list[0]).IsPayee = true;
        }
        else if (list.Count(x => x.IsPayee) > 1)
        {
            errors.Add("guardians", "只能指定一名领取人");
        }
        return list;
    }

    public async Task<ChildPage> ListAsync(ChildQuery q, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var query = db.Children.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var s = q.Q.Trim().ToUpperInvariant();
            query = query.Where(x => x.Name.Contains(s) || x.IdNumber == s);
        }
        if (Enum.TryParse<ChildCategory>(q.Category, true, out var cat))
        {
            query = query.Where(x => x.Category == cat);
        }
        if (!string.IsNullOrWhiteSpace(q.Division))
        {
            var d = q.Division.Trim();
            query = query.Where(x => x.DivisionCode.StartsWith(d));
        }
        var byStatus = (await query.GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key.ToString(), x => x.Count);
        if (Enum.TryParse<ChildStatus>(q.Status, true, out var st))
        {
            query = query.Where(x => x.Status == st);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        // what waits for someone first (awaiting approval, then approved but not yet in care), then those in care, then those who left
        var rows = await query.OrderBy(x => x.Status == ChildStatus.Registered ? 0 : x.Status == ChildStatus.Approved ? 1 : x.Status == ChildStatus.Active ? 2 : 3)
            .ThenByDescending(x => x.RegisteredOn).ThenBy(x => x.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var institutions = await InstitutionNamesAsync(ct);
        var items = rows.Select(x => new ChildListItem(x.Id, x.Name, Masking.IdNumber(x.IdNumber), ChildWelfareNames.Sex(x.Sex), x.BirthDate,
            IdNumber.AgeOn(x.BirthDate, today), x.Category, ChildWelfareNames.Of(x.Category), x.InstitutionId is { } i ? institutions.GetValueOrDefault(i) : null,
            x.DivisionCode, x.Status, ChildWelfareNames.Of(x.Status), x.RegisteredOn,
            x.Status != ChildStatus.Left && x.BirthDate.AddYears(18) <= today.AddMonths(6))).ToList();
        return new ChildPage(total, page, PageSize, items, byStatus);
    }

    public async Task<Dictionary<Guid, string>> InstitutionNamesAsync(CancellationToken ct) =>
        await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);

    public async Task<List<InstitutionView>> InstitutionsAsync(CancellationToken ct) =>
        (await db.Institutions.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct))
            .Select(i => new InstitutionView(i.Id, i.Code, i.Name, i.DivisionCode, i.Address, i.AddressInferred, i.BankName, i.BankAccount is null ? null : Masking.BankAccount(i.BankAccount)))
            .ToList();

    public async Task<Child> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Children.Include(x => x.Guardians).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();

    public Task<ChildDetail> DetailAsync(Guid id, CancellationToken ct) => details.BuildAsync(id, ct);

    /// <summary>Replaces the guardians (a new payee or bank account takes effect from the next run computed).</summary>
    public async Task<ChildDetail> UpdateGuardiansAsync(Guid id, List<GuardianInput> inputs, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var child = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        var guardians = Guardians(inputs, ChinaTime.Today(clock), errors);
        if (child.InstitutionId is null && guardians.Count == 0)
        {
            errors.Add("guardians", "散居或居家的儿童须登记至少一名监护人");
        }
        errors.ThrowIfAny();
        db.Guardians.RemoveRange(child.Guardians);
        foreach (var g in guardians)
        {
            g.ChildId = child.Id;
            db.Guardians.Add(g);
        }
        Touch(child);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    /// <summary>The institution's account and address (the seeded address is inferred); by an approver whose jurisdiction covers it.</summary>
    public async Task<InstitutionView> UpdateInstitutionAsync(Guid id, InstitutionRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareApprove);
        var i = await db.Institutions.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        var account = new string((r.BankAccount ?? "").Where(char.IsAsciiDigit).ToArray());
        if (account.Length is < 12 or > 30)
        {
            errors.Add("bankAccount", "银行账号应为12至30位数字");
        }
        if (string.IsNullOrWhiteSpace(r.BankName))
        {
            errors.Add("bankName", "请填写开户银行");
        }
        if (string.IsNullOrWhiteSpace(r.AccountName))
        {
            errors.Add("accountName", "请填写账户名称");
        }
        errors.ThrowIfAny();
        i.BankName = r.BankName!.Trim();
        i.BankAccount = account;
        i.AccountName = r.AccountName!.Trim();
        if (!string.IsNullOrWhiteSpace(r.Address))
        {
            i.Address = r.Address.Trim();
            i.AddressInferred = false;
        }
        await db.SaveChangesAsync(ct);
        return new InstitutionView(i.Id, i.Code, i.Name, i.DivisionCode, i.Address, i.AddressInferred, i.BankName, Masking.BankAccount(i.BankAccount));
    }

    public async Task<ChildDetail> ApproveAsync(Guid id, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareApprove);
        var child = await LoadAsync(id, ct);
        if (child.Status != ChildStatus.Registered)
        {
            throw new BusinessRuleException("只有待核定的儿童可以核定保障类别");
        }
        if (string.Equals(child.RegisteredBy, me.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("登记人不能核定自己登记的儿童，请由另一名有审批权限的工作人员核定");
        }
        child.Status = ChildStatus.Approved;
        child.ApprovedBy = me.UserName;
        child.ApprovedOn = ChinaTime.Today(clock);
        Touch(child);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    public async Task<ChildDetail> ActivateAsync(Guid id, ActivateRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareApprove);
        var child = await LoadAsync(id, ct);
        if (child.Status != ChildStatus.Approved)
        {
            throw new BusinessRuleException("类别核定后才能纳入保障并发放基本生活费");
        }
        DateOnly from;
        if (string.IsNullOrWhiteSpace(r.AllowanceFrom))
        {
            from = AllowanceRules.MonthOf(child.ApprovedOn!.Value);
        }
        else if (!DateOnly.TryParseExact(r.AllowanceFrom.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
        {
            throw new FieldValidationException("allowanceFrom", "起始发放月份格式应为 yyyy-MM");
        }
        if (from < AllowanceRules.MonthOf(child.RegisteredOn).AddMonths(-12))
        {
            throw new FieldValidationException("allowanceFrom", "起始发放月份不能早于登记前12个月");
        }
        child.Status = ChildStatus.Active;
        child.AllowanceFrom = from;
        Touch(child);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    public async Task<ChildDetail> LeaveAsync(Guid id, LeaveRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var child = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        LeaveReason? reason = Enum.TryParse<LeaveReason>(r.Reason, true, out var lr) && Enum.IsDefined(lr) ? lr : null;
        if (reason is null)
        {
            errors.Add("reason", "请选择退出原因");
        }
        if (r.LeftOn is not { } on)
        {
            errors.Add("leftOn", "请填写退出日期");
        }
        else if (on > ChinaTime.Today(clock))
        {
            errors.Add("leftOn", "退出日期不能晚于今天");
        }
        else if (on < child.BirthDate)
        {
            errors.Add("leftOn", "退出日期不能早于出生日期");
        }
        errors.ThrowIfAny();
        if (child.Status == ChildStatus.Left)
        {
            throw new BusinessRuleException("该儿童已退出保障");
        }
        child.Status = ChildStatus.Left;
        child.LeftOn = r.LeftOn;
        child.LeaveReason = reason;
        child.LeaveNote = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        Touch(child);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    private void Touch(Child child)
    {
        child.Version++;
        child.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }
}
