using System.Net;
using CivilAffairs.IntegrationTests.ElderCare.Adaptation;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.ElderCare.Workforce;

/// <summary>Care workers belong to their employer: a provider sees and edits only its own; courses never take more than their places.</summary>
public abstract class WorkforceTests(AppFixture app)
{
    [Fact]
    public async Task A_provider_registers_and_sees_only_its_own_workers_and_cannot_touch_another_institutions()
    {
        var mine = await app.AdaptPostAsync("care.home", "/workers", new { name = "测试护理员", idNumber = Ids.New("440304", 1975), qualification = "Junior", certificateNumber = "S2018001" },
            HttpStatusCode.Created);
        Assert.Equal("YL440304001", mine.GetProperty("institutionCode").GetString());
        Assert.Contains("*", mine.GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        // a qualification needs its certificate number
        await app.AdaptPostAsync("care.home", "/workers", new { name = "无证", idNumber = Ids.New("440304", 1976), qualification = "Senior" }, HttpStatusCode.BadRequest);
        // not for another institution
        await app.AdaptPostAsync("care.home", "/workers", new { name = "越权", idNumber = Ids.New("440305", 1976), institutionCode = "YL440305001" }, HttpStatusCode.NotFound);

        var own = await app.AdaptGetAsync("care.home", "/workers");
        Assert.Contains(own.EnumerateArray(), w => w.AdaptId() == mine.AdaptId());
        Assert.All(own.EnumerateArray(), w => Assert.Equal("YL440304001", w.GetProperty("institutionCode").GetString()));
        var other = await app.AdaptGetAsync("care.home2", "/workers");
        Assert.True(other.GetArrayLength() > 0);
        Assert.All(other.EnumerateArray(), w => Assert.Equal("YL440305001", w.GetProperty("institutionCode").GetString()));
        await app.AdaptPutAsync("care.home2", $"/workers/{mine.AdaptId()}", new { qualification = "None" }, HttpStatusCode.NotFound);
        var changed = await app.AdaptPutAsync("care.home", $"/workers/{mine.AdaptId()}", new { qualification = "Intermediate", certificateNumber = "S2019002" });
        Assert.Equal("Intermediate", changed.GetProperty("qualification").GetString());

        // bureau staff see the worker in their jurisdiction, another district does not
        var district = await app.AdaptGetAsync("futian.district", "/workers?institution=YL440304001");
        Assert.Contains(district.EnumerateArray(), w => w.AdaptId() == mine.AdaptId());
        var nanshan = await app.AdaptGetAsync("nanshan.street", "/workers");
        Assert.DoesNotContain(nanshan.EnumerateArray(), w => w.AdaptId() == mine.AdaptId());
        // an institution account with no institution code sees nothing of elderly care
        await app.AdaptGetAsync("welfare.center", "/workers", HttpStatusCode.Forbidden);
        await app.AdaptGetAsync("welfare.center", "/courses", HttpStatusCode.Forbidden);
        // staff statistics are not for providers
        await app.AdaptGetAsync("care.home", "/workforce/stats", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_full_course_refuses_the_next_enrolment_and_a_pass_raises_the_workers_qualification()
    {
        await app.AdaptPostAsync("care.home", "/courses", new { title = "x", organiser = "y", startsOn = AdaptationApi.Today, endsOn = AdaptationApi.Today, hours = 8, capacity = 2 },
            HttpStatusCode.Forbidden);
        var start = DateOnly.Parse(AdaptationApi.Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(5);
        var course = await app.AdaptPostAsync("city.officer", "/courses", new
        {
            title = "养老护理员（高级）测试班", organiser = "深圳健康养老学院", startsOn = start.ToString("yyyy-MM-dd"), endsOn = start.AddDays(10).ToString("yyyy-MM-dd"),
            hours = 120, capacity = 2, level = "Senior",
        }, HttpStatusCode.Created);
        var workers = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var w = await app.AdaptPostAsync("care.home", "/workers", new { name = "学员" + i, idNumber = Ids.New("440304", 1980 + i) }, HttpStatusCode.Created);
            workers.Add(w.AdaptId());
        }
        var e1 = await app.AdaptPostAsync("care.home", $"/courses/{course.AdaptId()}/enrolments", new { workerId = workers[0] }, HttpStatusCode.Created);
        await app.AdaptPostAsync("care.home", $"/courses/{course.AdaptId()}/enrolments", new { workerId = workers[0] }, HttpStatusCode.Conflict);
        await app.AdaptPostAsync("futian.district", $"/courses/{course.AdaptId()}/enrolments", new { workerId = workers[1] }, HttpStatusCode.Created);
        var full = await app.AdaptPostAsync("care.home", $"/courses/{course.AdaptId()}/enrolments", new { workerId = workers[2] }, HttpStatusCode.Conflict);
        Assert.Contains("已满", full.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // another provider cannot enrol someone else's worker
        await app.AdaptPostAsync("care.home2", $"/courses/{course.AdaptId()}/enrolments", new { workerId = workers[2] }, HttpStatusCode.BadRequest);

        var detail = await app.AdaptGetAsync("care.home2", $"/courses/{course.AdaptId()}");
        Assert.Equal(2, detail.GetProperty("course").GetProperty("enrolled").GetInt32());
        Assert.Equal(0, detail.GetProperty("enrolments").GetArrayLength());

        await app.AdaptPostAsync("care.home", $"/courses/{course.AdaptId()}/enrolments/{e1.AdaptId()}/result", new { passed = true, certificateNumber = "GJ001" }, HttpStatusCode.Forbidden);
        await app.AdaptPostAsync("city.officer", $"/courses/{course.AdaptId()}/enrolments/{e1.AdaptId()}/result", new { passed = true }, HttpStatusCode.BadRequest);
        var passed = await app.AdaptPostAsync("city.officer", $"/courses/{course.AdaptId()}/enrolments/{e1.AdaptId()}/result", new { passed = true, certificateNumber = "GJ001" });
        Assert.Equal("Passed", passed.GetProperty("result").GetString());
        var after = await app.AdaptGetAsync("care.home", "/workers");
        var w0 = Assert.Single(after.EnumerateArray(), w => w.AdaptId() == workers[0]);
        Assert.Equal("Senior", w0.GetProperty("qualification").GetString());
        Assert.Equal("GJ001", w0.GetProperty("certificateNumber").GetString());
        Assert.Equal(1, w0.GetProperty("coursesPassed").GetInt32());
    }

    [Fact]
    public async Task Statistics_and_the_Excel_export_count_workers_by_qualification_and_employer_kind()
    {
        var stats = await app.AdaptGetAsync("city.officer", "/workforce/stats?year=2018");
        Assert.True(stats.GetProperty("workers").GetInt32() >= 15);
        Assert.Contains(stats.GetProperty("byEmployerKind").EnumerateArray(), r => r.GetProperty("label").GetString() == "养老院");
        // demo 2018 courses: 8 + 5 completions, 2 failed (seq 4 and 8 of the first course)
        Assert.Equal(13, stats.GetProperty("completedInYear").GetInt32());
        Assert.Equal(11, stats.GetProperty("passedInYear").GetInt32());
        var xlsx = await app.AdaptBytesAsync("care.home", "/workers.xlsx?year=2018");
        Assert.Equal(["养老护理员", "培训课程", "统计"], MiniExcel.GetSheetNames(new MemoryStream(xlsx)));
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "养老护理员").Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("YL440304001", r["机构代码"]));
        Assert.All(rows, r => Assert.Contains("*", (string?)r["身份证号码"], StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkforceSqliteTests(SqliteApp app) : WorkforceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorkforcePostgresTests(PostgresApp app) : WorkforceTests(app);
