using System.Globalization;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>
/// Import of the existing register (.csv UTF-8 or .xlsx). A code failing the GB 32100 check is kept
/// with a warning (rules §16.2: real registers hold such codes); a row that cannot be understood is
/// refused with row, column and message. Keyed by credit code, so importing again updates, never duplicates.
/// </summary>
internal sealed class RegistryImporter(SocialOrgsDb db, ICurrentUser user, AuditEvents audit, TimeProvider clock)
{
    public const int MaxRows = 20_000;

    public static readonly string[] Columns =
        ["统一社会信用代码", "名称", "类型", "登记管理机关代码", "业务主管单位", "行业领域", "法定代表人", "注册资金", "住所", "所在区划代码", "业务范围", "成立日期", "登记状态"];

    public static string Template => string.Join(",", Columns) + "\n"
        + "51440300MJL0999991,深圳市示例行业协会,社会团体,4403,直接登记,行业协会商会,张三,300000,深圳市福田区示例路1号,440304001,行业服务与自律,2015-06-01,正常\n";

    public async Task<ImportResult> ImportAsync(string? fileName, Stream? content, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsWrite) || user.Organization is not null)
        {
            throw new ForbiddenException("只有登记管理机关的登记人员可以导入名录");
        }
        if (content is null || string.IsNullOrWhiteSpace(fileName))
        {
            throw new FieldValidationException("file", "请选择要导入的文件");
        }
        var jurisdiction = user.Jurisdiction ?? "#";
        var issues = new List<ImportIssue>();
        var rows = TabularReader.Read(content, fileName).ToList();
        if (rows.Count == 0)
        {
            throw new FieldValidationException("file", "文件为空");
        }
        var header = rows[0].Select(h => (h ?? "").Trim()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        var missing = Columns.Where(c => index[c] < 0 && c is "统一社会信用代码" or "名称" or "类型" or "登记管理机关代码" or "所在区划代码").ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", "缺少列：" + string.Join("、", missing));
        }
        if (rows.Count - 1 > MaxRows)
        {
            throw new FieldValidationException("file", $"一次最多导入{MaxRows}行");
        }
        var codes = rows.Skip(1).Select(r => Cell(r, index["统一社会信用代码"])).Where(c => c is not null).Select(c => c!).Distinct().ToList();
        var existing = await db.Organizations.IgnoreQueryFilters().Where(o => codes.Contains(o.CreditCode)).ToDictionaryAsync(o => o.CreditCode, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        int added = 0, updated = 0, warnings = 0, errorRows = 0;
        var seen = new HashSet<string>();
        for (var i = 1; i < rows.Count; i++)
        {
            var rowNo = i + 1;
            var r = rows[i];
            if (r.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            string? Get(string column) => index[column] < 0 ? null : Cell(r, index[column]);
            var rowIssues = new List<ImportIssue>();
            void Error(string column, string message) => rowIssues.Add(new ImportIssue(rowNo, column, message, false));
            var code = Get("统一社会信用代码");
            var name = Get("名称");
            var typeText = Get("类型");
            var authority = Get("登记管理机关代码");
            var division = Get("所在区划代码");
            SocialOrgType? type = typeText switch
            {
                "社会团体" or "社团" => SocialOrgType.SocialGroup,
                "社会服务机构" or "民办非企业单位" or "民非" => SocialOrgType.ServiceOrg,
                "基金会" => SocialOrgType.Foundation,
                _ => null,
            };
            if (code is null)
            {
                Error("统一社会信用代码", "统一社会信用代码不能为空");
            }
            else if (code.Length > 18)
            {
                Error("统一社会信用代码", "统一社会信用代码超过18位");
            }
            else if (!seen.Add(code))
            {
                Error("统一社会信用代码", "文件中统一社会信用代码重复");
            }
            if (name is null)
            {
                Error("名称", "名称不能为空");
            }
            if (type is null)
            {
                Error("类型", "类型应为 社会团体 / 社会服务机构（民办非企业单位）/ 基金会");
            }
            if (authority is null || authority.Length is not (4 or 6) || !authority.StartsWith("4403", StringComparison.Ordinal))
            {
                Error("登记管理机关代码", "登记管理机关代码应为4403（市）或区的6位代码");
            }
            else if (!DivisionCodes.IsWithin(authority, jurisdiction))
            {
                Error("登记管理机关代码", "该组织不由本登记管理机关登记，不能导入");
            }
            if (division is null || division.Length is < 6 or > 12 || !division.All(char.IsAsciiDigit))
            {
                Error("所在区划代码", "所在区划代码应为6–12位数字");
            }
            else if (!DivisionCodes.IsWithin(division, jurisdiction))
            {
                Error("所在区划代码", "所在地不在本机关管辖范围内");
            }
            var capitalText = Get("注册资金");
            decimal capital = 0;
            if (capitalText is not null && !decimal.TryParse(capitalText, NumberStyles.Number, CultureInfo.InvariantCulture, out capital))
            {
                Error("注册资金", "注册资金应为数字（元）");
            }
            var dateText = Get("成立日期");
            DateOnly established = default;
            if (dateText is null || !DateOnly.TryParse(dateText, CultureInfo.InvariantCulture, out established))
            {
                Error("成立日期", "成立日期应为 yyyy-MM-dd");
            }
            var statusText = Get("登记状态");
            var status = statusText switch
            {
                null or "正常" or "存续" => OrgStatus.Active,
                "注销" or "已注销" => OrgStatus.Deregistered,
                "撤销" or "已撤销" or "已撤销登记" => OrgStatus.Revoked,
                _ => (OrgStatus?)null,
            };
            if (status is null)
            {
                Error("登记状态", "登记状态应为 正常 / 已注销 / 已撤销登记");
            }
            if (code is not null && existing.TryGetValue(code, out var prior) && !DivisionCodes.IsWithin(prior.AuthorityCode, jurisdiction))
            {
                Error("统一社会信用代码", "该代码已由其他登记管理机关登记");
            }
            if (rowIssues.Count > 0)
            {
                issues.AddRange(rowIssues);
                errorRows++;
                continue;
            }
            var warning = CreditCode.Message(CreditCode.Check(code));
            if (warning is not null)
            {
                warnings++;
                issues.Add(new ImportIssue(rowNo, "统一社会信用代码", "已导入，但" + warning + "（保留原值，请核实）", true));
            }
            var isNew = !existing.TryGetValue(code!, out var org);
            org ??= new SocialOrganization { CreditCode = code!, Imported = true, CreatedAtUtc = now };
            org.CreditCodeWarning = warning;
            org.Name = name!;
            org.Type = type!.Value;
            org.AuthorityCode = authority!;
            org.Level = authority!.Length == 4 ? RegistrationLevel.City : RegistrationLevel.District;
            var supervisor = Get("业务主管单位");
            org.SupervisingUnit = supervisor is null or "直接登记" or "无" ? null : supervisor;
            org.Field = Get("行业领域") ?? org.Field;
            org.IsIndustryAssociation = org.Field == "行业协会商会";
            org.LegalRepresentative = Get("法定代表人") ?? org.LegalRepresentative;
            org.RegisteredCapital = capital;
            org.Address = Get("住所") ?? org.Address;
            org.DivisionCode = division!;
            org.BusinessScope = Get("业务范围") ?? org.BusinessScope;
            org.EstablishedOn = established;
            org.Status = status!.Value;
            org.UpdatedAtUtc = now;
            if (isNew)
            {
                db.Organizations.Add(org);
                existing[org.CreditCode] = org;
                added++;
            }
            else
            {
                org.Version++;
                updated++;
            }
            db.OrganizationEvents.Add(new OrganizationEvent
            {
                OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.Imported,
                Summary = (isNew ? "由存量名录导入：" : "存量名录再次导入，按代码更新：") + fileName + (warning is null ? "" : "（代码校验未通过：" + warning + "）"),
                OccurredOn = today, RecordedBy = user.UserName, RecordedAtUtc = now,
            });
        }
        var batch = new RegistryImport
        {
            DivisionCode = jurisdiction, FileName = Path.GetFileName(fileName), Rows = rows.Count - 1, Added = added, Updated = updated,
            Warnings = warnings, Errors = errorRows, ImportedBy = user.UserName, ImportedAtUtc = now,
        };
        db.RegistryImports.Add(batch);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.Import, nameof(SocialOrganization), batch.Id.ToString(),
            new { file = batch.FileName, batch.Rows, added, updated, warnings, errors = errorRows }, ct: ct);
        return new ImportResult(batch.Id, batch.FileName, batch.Rows, added, updated, warnings, errorRows, issues);
    }

    public async Task<IReadOnlyList<ImportHistoryRow>> HistoryAsync(CancellationToken ct) =>
        (await db.RegistryImports.AsNoTracking().OrderByDescending(i => i.ImportedAtUtc).Take(20).ToListAsync(ct))
        .Select(i => new ImportHistoryRow(i.Id, i.FileName, i.Rows, i.Added, i.Updated, i.Warnings, i.Errors, i.ImportedBy, i.ImportedAtUtc)).ToList();

    private static string? Cell(string?[] row, int i) => i >= 0 && i < row.Length && !string.IsNullOrWhiteSpace(row[i]) ? row[i]!.Trim() : null;
}
