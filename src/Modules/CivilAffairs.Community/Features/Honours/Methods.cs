using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Features.Honours;

/// <summary>The community work-methods library: drafts by community staff, 推荐 and 入选 by approvers.</summary>
internal sealed class Methods(CommunityDb db, ICurrentUser user, TimeProvider clock, GrassUnits units)
{
    public async Task<MethodList> ListAsync(MethodSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var q = db.WorkMethods.AsNoTracking();
        if (GrassText.Parse<MethodStatus>(s.Status) is { } st)
        {
            q = q.Where(m => m.Status == st);
        }
        if (GrassText.Trim(s.Q, 50) is { } text)
        {
            q = q.Where(m => m.Title.Contains(text) || m.Summary.Contains(text) || m.FullText.Contains(text) || m.CommunityName.Contains(text) || m.Tags.Contains(text));
        }
        var rows = await q.OrderByDescending(m => m.Status).ThenByDescending(m => m.Year).ThenBy(m => m.Title).Take(500).ToListAsync(ct);
        // tags are matched whole, not as substrings of other tags
        var tag = GrassText.Trim(s.Tag, 20);
        var tagCounts = rows.SelectMany(m => HonourRules.SplitTags(m.Tags)).GroupBy(t => t).Select(g => new TagCount(g.Key, g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.Ordinal).ToList();
        if (tag is not null)
        {
            rows = rows.Where(m => HonourRules.SplitTags(m.Tags).Contains(tag)).ToList();
        }
        var titles = await HonourTitlesAsync(rows, ct);
        return new MethodList(rows.Count, rows.Select(m => View(m, titles, false)).ToList(), tagCounts);
    }

    public async Task<MethodView> GetAsync(Guid id, CancellationToken ct)
    {
        var m = await db.WorkMethods.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return View(m, await HonourTitlesAsync([m], ct), true);
    }

    public async Task<MethodView> CreateAsync(MethodRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.CommunityWrite, "您的角色无权登记社区工作法");
        var m = new WorkMethod { RecordedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, Status = MethodStatus.Draft };
        await ApplyAsync(m, r, ct);
        db.WorkMethods.Add(m);
        await db.SaveChangesAsync(ct);
        return await GetAsync(m.Id, ct);
    }

    public async Task<MethodView> UpdateAsync(Guid id, MethodRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.CommunityWrite, "您的角色无权修改社区工作法");
        var m = await db.WorkMethods.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (m.Status == MethodStatus.Selected)
        {
            throw new BusinessRuleException("已入选的工作法不能修改；如需修改请先退回推荐");
        }
        await ApplyAsync(m, r, ct);
        m.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(m.Id, ct);
    }

    /// <summary>推荐 / 入选 / 退回 (community.approve).</summary>
    public async Task<MethodView> SetStatusAsync(Guid id, MethodStatusRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.CommunityApprove, "推荐和入选须由审批人员办理");
        var to = GrassText.Parse<MethodStatus>(r.Status) ?? throw new FieldValidationException("status", "请选择草稿、推荐或入选");
        var m = await db.WorkMethods.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (!HonourRules.CanMove(m.Status, to))
        {
            throw new BusinessRuleException($"工作法当前为“{HonourRules.Name(m.Status)}”，不能改为“{HonourRules.Name(to)}”");
        }
        m.Status = to;
        m.StatusBy = user.UserName;
        m.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        m.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(m.Id, ct);
    }

    private async Task ApplyAsync(WorkMethod m, MethodRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = GrassText.Trim(r.Title, 100);
        if (title is null)
        {
            errors.Add("title", "请填写工作法名称");
        }
        var summary = GrassText.Trim(r.Summary, 500);
        if (summary is null)
        {
            errors.Add("summary", "请填写内容摘要");
        }
        var text = GrassText.Trim(r.FullText, 20000);
        if (text is null)
        {
            errors.Add("fullText", "请填写工作法全文");
        }
        var year = r.Year ?? ChinaTime.Today(clock).Year;
        if (year < 1990 || year > ChinaTime.Today(clock).Year)
        {
            errors.Add("year", "年度不正确");
        }
        errors.ThrowIfAny();
        var (code, name) = await units.ResolveAsync(r.DivisionCode, "divisionCode", null, ct, 9, 12);
        if (r.HonourId is { } hid && !await db.Honours.AnyAsync(h => h.Id == hid, ct))
        {
            throw new FieldValidationException("honourId", "关联的荣誉不存在或不在您的辖区内");
        }
        m.Title = title!;
        m.Summary = summary!;
        m.FullText = text!;
        m.Tags = string.Join("、", HonourRules.SplitTags(r.Tags));
        m.Year = year;
        m.DivisionCode = code;
        m.CommunityName = name;
        m.HonourId = r.HonourId;
        m.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private async Task<Dictionary<Guid, string>> HonourTitlesAsync(IEnumerable<WorkMethod> rows, CancellationToken ct)
    {
        var ids = rows.Where(m => m.HonourId is not null).Select(m => m.HonourId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Honours.AsNoTracking().Where(h => ids.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Title, ct);
    }

    private static MethodView View(WorkMethod m, Dictionary<Guid, string> titles, bool full) =>
        new(m.Id, m.Title, m.DivisionCode, m.CommunityName, GrassText.DistrictName(m.DivisionCode), m.Summary, full ? m.FullText : null,
            HonourRules.SplitTags(m.Tags), m.Status.ToString(), HonourRules.Name(m.Status), m.Year, m.HonourId,
            m.HonourId is { } h ? titles.GetValueOrDefault(h) : null, m.RecordedBy, m.StatusBy);

    private void Require(string permission, string message)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(message);
        }
    }
}
