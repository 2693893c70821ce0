using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Elders;

/// <summary>The assessment settings in force on a day, with the values they came from.</summary>
internal sealed record AssessmentPolicy(int IndependentMin, int MildMin, int ModerateMin, int ReassessMonths, int ReassessMonthsDisabled, string Used)
{
    public CareLevel LevelFor(int total) => Barthel.LevelFor(total, IndependentMin, MildMin, ModerateMin);

    /// <summary>Moderate and severe loss of ability are reassessed sooner.</summary>
    public DateOnly NextAfter(DateOnly assessedOn, CareLevel level) =>
        assessedOn.AddMonths(level is CareLevel.Moderate or CareLevel.Severe ? ReassessMonthsDisabled : ReassessMonths);

    public static async Task<AssessmentPolicy> ReadAsync(ParameterStore parameters, DateOnly date, string divisionCode, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(EldersParameters.Keys, date, divisionCode, ct);
        var missing = EldersParameters.Keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"能力评估参数在 {date:yyyy-MM-dd} 未设置取值：{string.Join("、", missing)}，请在政策参数页补充");
        }
        int I(string k) => int.Parse(found[k].Value, NumberStyles.Integer, CultureInfo.InvariantCulture);
        var used = string.Join("; ", EldersParameters.Keys.Select(k => $"{k}={found[k].Value}@{found[k].ValidFrom:yyyy-MM-dd}"));
        return new AssessmentPolicy(I(EldersParameters.IndependentMin), I(EldersParameters.MildMin), I(EldersParameters.ModerateMin),
            I(EldersParameters.ReassessMonths), I(EldersParameters.ReassessMonthsDisabled), used);
    }
}

/// <summary>Saves an elder's profile and records care-needs assessments (eldercare.write).</summary>
internal sealed class ElderWork(ElderCareDb db, IElderDirectory elders, ParameterStore parameters, ICurrentUser user, TimeProvider clock, ElderQueries queries)
{
    public async Task<ElderDetail> SaveProfileAsync(Guid personId, ProfileRequest r, CancellationToken ct)
    {
        Require();
        var person = await PersonAsync(personId, ct);
        var errors = new FieldErrors();
        if (!Enum.TryParse<LivingSituation>(r.Living, out var living) || !Enum.IsDefined(living))
        {
            errors.Add("living", "请选择居住状况");
        }
        if (r.DisabilityGrade is { } g && (g < 1 || g > 4))
        {
            errors.Add("disabilityGrade", "残疾等级应为1至4级");
        }
        if (r.Note is { Length: > 500 })
        {
            errors.Add("note", "备注不能超过500字");
        }
        errors.ThrowIfAny();
        var p = await db.Profiles.FirstOrDefaultAsync(x => x.PersonId == personId, ct);
        if (p is null)
        {
            p = new ElderProfile { PersonId = personId, IdNumber = person.IdNumber.ToUpperInvariant() };
            db.Profiles.Add(p);
        }
        else
        {
            // optimistic concurrency: the version the form was read with must still be current
            db.Entry(p).Property(x => x.Version).OriginalValue = r.Version;
        }
        p.DivisionCode = person.DivisionCode;
        p.Living = living;
        p.LostOnlyChild = r.LostOnlyChild;
        p.OnlyChildDisabled = r.OnlyChildDisabled;
        p.ThreeNo = r.ThreeNo;
        p.Entitled = r.Entitled;
        p.DisabilityGrade = r.DisabilityGrade;
        p.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        p.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        p.UpdatedBy = user.UserName;
        p.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该档案在您编辑期间已被他人修改，请刷新后重试");
        }
        return await queries.GetAsync(personId, ct);
    }

    public async Task<AssessmentView> AssessAsync(Guid personId, AssessmentRequest r, CancellationToken ct)
    {
        Require();
        var person = await PersonAsync(personId, ct);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        foreach (var item in Barthel.Items)
        {
            var score = r.Score(item.Key);
            if (score is null)
            {
                errors.Add(item.Key, $"请评定“{item.Name}”");
            }
            else if (!item.Scores.Contains(score.Value))
            {
                errors.Add(item.Key, $"“{item.Name}”只能评 {string.Join("、", item.Scores)} 分");
            }
        }
        if (r.AssessedOn is not { } on)
        {
            errors.Add("assessedOn", "请填写评估日期");
        }
        else if (on > today)
        {
            errors.Add("assessedOn", "评估日期不能晚于今天");
        }
        else if (on < person.BirthDate.AddYears(60))
        {
            errors.Add("assessedOn", "评估日期早于本人年满60周岁");
        }
        if (string.IsNullOrWhiteSpace(r.Assessor))
        {
            errors.Add("assessor", "请填写评估员姓名");
        }
        else if (r.Assessor.Trim().Length > 50)
        {
            errors.Add("assessor", "评估员姓名不能超过50字");
        }
        if (string.IsNullOrWhiteSpace(r.Organisation))
        {
            errors.Add("organisation", "请填写评估机构");
        }
        else if (r.Organisation.Trim().Length > 100)
        {
            errors.Add("organisation", "评估机构不能超过100字");
        }
        if (r.Note is { Length: > 500 })
        {
            errors.Add("note", "备注不能超过500字");
        }
        errors.ThrowIfAny();
        var date = r.AssessedOn!.Value;
        var policy = await AssessmentPolicy.ReadAsync(parameters, date, person.DivisionCode, ct);
        var total = Barthel.Items.Sum(i => r.Score(i.Key)!.Value);
        var level = policy.LevelFor(total);
        var now = clock.GetUtcNow().UtcDateTime;
        var a = new ElderAssessment
        {
            PersonId = personId, DivisionCode = person.DivisionCode, AssessedOn = date,
            Feeding = r.Feeding!.Value, Bathing = r.Bathing!.Value, Grooming = r.Grooming!.Value, Dressing = r.Dressing!.Value, Bowels = r.Bowels!.Value,
            Bladder = r.Bladder!.Value, Toilet = r.Toilet!.Value, Transfers = r.Transfers!.Value, Mobility = r.Mobility!.Value, Stairs = r.Stairs!.Value,
            Total = total, Level = level, Assessor = r.Assessor!.Trim(), Organisation = r.Organisation!.Trim(), DiagnosisCertified = r.DiagnosisCertified,
            NextAssessmentOn = policy.NextAfter(date, level), ParametersUsed = policy.Used, Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(),
            CreatedAtUtc = now, CreatedBy = user.UserName,
        };
        db.Assessments.Add(a);
        var p = await db.Profiles.FirstOrDefaultAsync(x => x.PersonId == personId, ct);
        if (p is null)
        {
            p = new ElderProfile { PersonId = personId, IdNumber = person.IdNumber.ToUpperInvariant(), DivisionCode = person.DivisionCode };
            db.Profiles.Add(p);
        }
        // an older assessment entered late does not replace the latest one
        if (p.AssessedOn is null || date >= p.AssessedOn)
        {
            p.CareLevel = level;
            p.AssessedOn = date;
            p.NextAssessmentOn = a.NextAssessmentOn;
            p.CareDiagnosisCertified = r.DiagnosisCertified && level is CareLevel.Moderate or CareLevel.Severe;
            p.DivisionCode = person.DivisionCode;
            p.UpdatedAtUtc = now;
            p.UpdatedBy = user.UserName;
            p.Version++;
        }
        await db.SaveChangesAsync(ct);
        return ElderQueries.ToView(a);
    }

    private async Task<ElderInfo> PersonAsync(Guid personId, CancellationToken ct)
    {
        var p = await elders.GetAsync(personId, ct);
        return p is null || p.AgeOn(ChinaTime.Today(clock)) < 60 ? throw new NotFoundException("老年人不存在或不在您的辖区内") : p;
    }

    private void Require()
    {
        if (!user.Has(Permissions.ElderCareWrite) || user.Organization is not null)
        {
            throw new ForbiddenException("无权维护老年人信息");
        }
    }
}
