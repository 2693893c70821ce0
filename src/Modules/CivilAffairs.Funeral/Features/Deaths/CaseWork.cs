using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>
/// The home's work on a case after the death is recorded: services delivered, cremation (with the
/// certificate number), closing. The waiver is recomputed on every change from the catalogue in
/// force on the date of death and records the cap and legal basis it used.
/// </summary>
internal sealed class CaseWork(FuneralDb db, Catalogue catalogue, CaseQueries queries, ICurrentUser user, TimeProvider clock)
{
    public const int MaxLines = 30;

    public async Task<CaseView> SetServicesAsync(Guid id, ServicesRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = await LoadChangeableAsync(id, ct);
        var cat = await catalogue.OnAsync(c.DiedOn, ct);
        var items = cat.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var errors = new FieldErrors();
        var lines = r.Items ?? [];
        if (lines.Count > MaxLines)
        {
            errors.Add("items", $"服务项目不能超过{MaxLines}行");
        }
        var services = new List<DeliveredService>();
        for (var i = 0; i < lines.Count && i < MaxLines; i++)
        {
            var l = lines[i];
            var code = string.IsNullOrWhiteSpace(l.ItemCode) ? null : l.ItemCode.Trim();
            string name;
            if (code is not null)
            {
                if (!items.TryGetValue(code, out var item))
                {
                    errors.Add($"items[{i}].itemCode", $"项目 {code} 不在死亡日期（{c.DiedOn:yyyy-MM-dd}）适用的免费项目目录中");
                    continue;
                }
                name = item.Name;
            }
            else
            {
                name = (l.Name ?? "").Trim();
                if (name.Length is 0 or > 64)
                {
                    errors.Add($"items[{i}].name", "请填写自选服务项目名称（不超过64字）");
                }
            }
            if (l.Quantity is not { } qty || qty <= 0 || qty > 1000)
            {
                errors.Add($"items[{i}].quantity", "数量应大于0");
                continue;
            }
            if (l.UnitPrice is not { } price || price < 0 || price > 1_000_000)
            {
                errors.Add($"items[{i}].unitPrice", "请填写单价（元，不小于0）");
                continue;
            }
            services.Add(new DeliveredService
            {
                CaseId = c.Id, ItemCode = code, Name = name, Quantity = qty, UnitPrice = decimal.Round(price, 2),
                Charged = decimal.Round(qty * price, 2), Order = i,
            });
        }
        errors.ThrowIfAny();
        db.Services.RemoveRange(c.Services);
        c.Services = services;
        db.Services.AddRange(services);
        Apply(c, cat);
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await queries.GetAsync(c.Id, ct);
    }

    public async Task<CaseView> CremateAsync(Guid id, CremationRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = await LoadChangeableAsync(id, ct);
        if (c.Status != CaseStatus.Recorded)
        {
            throw new BusinessRuleException($"已登记火化（{c.CremationCertificateNumber}），不能重复登记");
        }
        var errors = new FieldErrors();
        var today = ChinaTime.Today(clock);
        if (r.CrematedOn is not { } on || on < c.DiedOn || on > today)
        {
            errors.Add("crematedOn", "火化日期应在死亡日期之后且不晚于今天");
        }
        string? external = null;
        string? invoices = null;
        if (!c.DiedInShenzhen)
        {
            external = (r.CertificateNumber ?? "").Trim().ToUpperInvariant();
            if (external.Length is < 4 or > 32)
            {
                errors.Add("certificateNumber", "在外地火化的，请填写当地出具的火化证明编号");
            }
            invoices = (r.InvoiceNumbers ?? "").Trim();
            if (c.IsShenzhenHukou && invoices.Length is 0 or > 200)
            {
                errors.Add("invoiceNumbers", "深圳户籍在外地火化申请报销的，请填写所附发票号码");
            }
        }
        errors.ThrowIfAny();
        c.CrematedOn = r.CrematedOn;
        c.CremationCertificateNumber = external ?? await NextNumberAsync(c, r.CrematedOn!.Value.Year, ct);
        c.InvoiceNumbers = string.IsNullOrEmpty(invoices) ? null : invoices;
        c.Status = CaseStatus.Cremated;
        Apply(c, await catalogue.OnAsync(c.DiedOn, ct));
        c.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException($"火化证明编号 {c.CremationCertificateNumber} 已被使用，请核对");
        }
        return await queries.GetAsync(c.Id, ct);
    }

    public async Task<CaseView> CloseAsync(Guid id, CancellationToken ct)
    {
        var c = await LoadChangeableAsync(id, ct, allowClaimed: true);
        if (c.Status != CaseStatus.Cremated)
        {
            throw new BusinessRuleException("火化登记后才能结案");
        }
        c.Status = CaseStatus.Closed;
        c.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await queries.GetAsync(c.Id, ct);
    }

    /// <summary>Applies the waiver rule to a case with the catalogue in force on its date of death.</summary>
    public static void Apply(DeathCase c, CatalogueVersionView cat)
    {
        var ordered = c.Services.OrderBy(s => s.Order).ToList();
        var standards = cat.Items.Select(i => new ItemStandard(i.Code, i.Name, i.Standard, i.Order)).ToList();
        var facts = new WaiverFacts(c.DiedInShenzhen, c.IsShenzhenHukou, c.CrematedOn is not null);
        var result = WaiverRules.Compute(facts, ordered.Select(s => new ChargedService(s.ItemCode, s.Charged)).ToList(), standards, cat.Cap);
        var byCode = cat.Items.ToDictionary(i => i.Code, i => i.Standard, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Standard = ordered[i].ItemCode is { } code && byCode.TryGetValue(code, out var st) ? st : null;
            ordered[i].Waived = result.Waived[i];
        }
        c.ChargedTotal = result.Charged;
        c.WaiverEligible = result.Eligible;
        c.WaiverReason = result.Capped ? result.Reason + $"；已按减免总额上限{cat.Cap:0.##}元封顶" : result.Reason;
        c.WaiverAmount = result.Waiver;
        c.SelfPay = result.SelfPay;
        c.WaiverCap = cat.Cap;
        c.WaiverCapFrom = cat.ValidFrom;
        c.WaiverBasis = $"{cat.ValidFrom:yyyy-MM-dd}起{cat.Items.Count}项，上限{cat.Cap.ToString("0.##", CultureInfo.InvariantCulture)}元（{cat.CapBasis}）";
        if (c.WaiverBasis.Length > 300)
        {
            c.WaiverBasis = c.WaiverBasis[..300];
        }
    }

    private async Task<string> NextNumberAsync(DeathCase c, int year, CancellationToken ct)
    {
        var home = await db.Homes.FirstAsync(h => h.Id == c.HomeId, ct);
        var counter = await db.CertificateCounters.FindAsync([c.HomeId, year], ct);
        if (counter is null)
        {
            counter = new CertificateCounter { HomeId = c.HomeId, Year = year };
            db.CertificateCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return Format(home.Code, year, counter.Last);
    }

    /// <summary>火化证明编号: HZ, the home's code, the year and a sequence per home and year, e.g. HZ-SZ-2018-000123.</summary>
    public static string Format(string homeCode, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"HZ-{homeCode}-{year}-{sequence:D6}");

    private async Task<DeathCase> LoadChangeableAsync(Guid id, CancellationToken ct, bool allowClaimed = false)
    {
        if (!user.Has(Permissions.FuneralRecord))
        {
            throw new ForbiddenException("只有殡仪馆工作人员可以办理");
        }
        var c = await db.Cases.Include(x => x.Services).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (c.Status == CaseStatus.Closed)
        {
            throw new BusinessRuleException("已结案，不能再修改");
        }
        if (!allowClaimed && c.ClaimId is not null)
        {
            throw new BusinessRuleException("减免已纳入月度申报，不能再修改；如需更正请先由市民政局退回申报");
        }
        return c;
    }
}
