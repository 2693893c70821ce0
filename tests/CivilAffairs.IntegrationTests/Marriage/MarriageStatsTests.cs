using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>
/// The statistics against a small known set: one week of 2022 at 福田 (long before the demo data's
/// 60 days, and no other test books there), written straight into the database with the statuses a
/// past week has. Every figure is checked by hand below, then read back from the Excel export.
/// </summary>
public abstract class MarriageStatsTests(AppFixture app)
{
    private static readonly DateOnly Monday = new(2022, 3, 7);
    private static readonly DateOnly Sunday = Monday.AddDays(6);
    private const string Range = "from=2022-03-07&to=2022-03-13";

    [Fact]
    public async Task The_figures_match_a_known_week_of_bookings_registrations_and_divorces()
    {
        var ft = await KnownWeekAsync();
        var city = await app.ClientForAsync("city.officer");
        var r = await city.GetAsync($"/api/v1/marriage/stats?{Range}&registry={ft}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var s = await r.JsonAsync();

        var t = s.GetProperty("totals");
        // 11 bookings (the one moved by 改约 counts once, as its new booking): 10 online + 1 at the window
        Assert.Equal(11, t.GetProperty("bookings").GetInt32());
        Assert.Equal(10, t.GetProperty("online").GetInt32());
        Assert.Equal(1, t.GetProperty("window").GetInt32());
        Assert.Equal(1, t.GetProperty("cancelled").GetInt32());
        Assert.Equal(10, t.GetProperty("due").GetInt32());
        Assert.Equal(8, t.GetProperty("shown").GetInt32());
        Assert.Equal(2, t.GetProperty("noShows").GetInt32());
        Assert.Equal(0.8m, t.GetProperty("showRate").GetDecimal());

        var g = s.GetProperty("registrations");
        Assert.Equal(6, g.GetProperty("marriage").GetInt32());
        Assert.Equal(1, g.GetProperty("divorce").GetInt32());
        Assert.Equal(1, g.GetProperty("reissue").GetInt32());
        Assert.Equal(0, g.GetProperty("statusCertificate").GetInt32());
        Assert.Equal(8, g.GetProperty("total").GetInt32());

        var monday = s.GetProperty("byDay").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2022-03-07");
        Assert.Equal(6, monday.GetProperty("bookings").GetProperty("bookings").GetInt32());
        Assert.Equal(4, monday.GetProperty("bookings").GetProperty("shown").GetInt32());
        Assert.Equal(4, monday.GetProperty("registrations").GetProperty("marriage").GetInt32());
        Assert.Equal(2, monday.GetProperty("sessions").GetInt32());
        Assert.Equal(7, s.GetProperty("byDay").GetArrayLength());
        Assert.Equal(0, s.GetProperty("byDay").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2022-03-13").GetProperty("sessions").GetInt32());

        var divorces = s.GetProperty("divorces").EnumerateArray().Last();
        Assert.Equal(2, divorces.GetProperty("enteredCoolingOff").GetInt32());
        Assert.Equal(1, divorces.GetProperty("withdrawn").GetInt32());
        Assert.Equal(1, divorces.GetProperty("lapsed").GetInt32());
        Assert.Equal(1, divorces.GetProperty("registered").GetInt32());

        var saturday = s.GetProperty("extraSessions").EnumerateArray().Single(x => x.GetProperty("kind").GetString() == "Saturday");
        Assert.Equal(1, saturday.GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(3, saturday.GetProperty("bookings").GetInt32());
        Assert.Equal(2, saturday.GetProperty("couplesServed").GetInt32());
    }

    [Fact]
    public async Task The_excel_export_has_a_sheet_per_table_with_the_same_numbers()
    {
        var ft = await KnownWeekAsync();
        var city = await app.ClientForAsync("city.officer");
        var r = await city.GetAsync($"/api/v1/marriage/stats.xlsx?{Range}&registry={ft}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await r.Content.ReadAsByteArrayAsync());

        Assert.Equal(["汇总", "按登记处", "按日", "离婚冷静期", "周六及节假日场次", "特别场次明细"], MiniExcel.GetSheetNames(xlsx));
        var summary = Rows(xlsx, "汇总").ToDictionary(x => x["项目"]!.ToString()!, x => x["数值"]);
        Assert.Equal(11, Convert.ToInt32(summary["预约"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.8, Convert.ToDouble(summary["到场率"], System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal(1, Convert.ToInt32(summary["冷静期内撤回"], System.Globalization.CultureInfo.InvariantCulture));

        var office = Rows(xlsx, "按登记处").Single(x => x["登记处代码"]?.ToString() == "FT");
        Assert.Equal(11, Int(office["预约"]));
        Assert.Equal(8, Int(office["到场"]));
        Assert.Equal(2, Int(office["爽约"]));
        Assert.Equal(6, Int(office["结婚登记"]));
        Assert.Equal(8, Int(office["登记合计"]));
        var day = Rows(xlsx, "按日").Single(x => x["日期"]?.ToString() == "2022-03-12");
        Assert.Equal(3, Int(day["预约"]));
        Assert.Equal("周六", day["星期"]);
        Assert.Equal(1, Int(Rows(xlsx, "离婚冷静期").Single(x => x["登记处"]?.ToString() == "合计")["期满视为撤回"]));
        Assert.Equal(2, Int(Rows(xlsx, "周六及节假日场次").Single(x => x["场次类型"]?.ToString() == "周六延时服务")["到场"]));
    }

    [Fact]
    public async Task Figures_are_limited_to_the_users_jurisdiction_and_the_default_period_is_this_month()
    {
        await KnownWeekAsync();
        var nanshan = await app.ClientForAsync((await app.OnceAsync("nanshan-district", () => app.CreateUserAsync("DistrictApprover", "440305"))).UserName);
        var theirs = await (await nanshan.GetAsync($"/api/v1/marriage/stats?{Range}")).JsonAsync();
        Assert.Equal(0, theirs.GetProperty("totals").GetProperty("bookings").GetInt32());
        Assert.Equal(["NS"], theirs.GetProperty("byRegistry").EnumerateArray().Select(x => x.GetProperty("officeCode").GetString()!).ToArray());

        var city = await app.ClientForAsync("city.officer");
        var all = await (await city.GetAsync($"/api/v1/marriage/stats?{Range}")).JsonAsync();
        Assert.Equal(11, all.GetProperty("totals").GetProperty("bookings").GetInt32());
        Assert.Equal(10, all.GetProperty("byRegistry").GetArrayLength());

        var today = ChinaTime.Today(TimeProvider.System);
        var month = await (await city.GetAsync("/api/v1/marriage/stats")).JsonAsync();
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd"), month.GetProperty("from").GetString());
        var wrong = await city.GetAsync("/api/v1/marriage/stats?from=2022-03-10&to=2022-03-01");
        Assert.Contains("不能早于", await wrong.FieldErrorAsync("to"), StringComparison.Ordinal);
    }

    private static List<IDictionary<string, object?>> Rows(Stream xlsx, string sheet)
    {
        xlsx.Position = 0;
        return MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    private static int Int(object? v) => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The known week at 福田, written once per database; returns the office id.</summary>
    private async Task<Guid> KnownWeekAsync() => (Guid)await app.OnceAsync<object>("marriage-stats-week", async () => await WriteWeekAsync());

    private async Task<Guid> WriteWeekAsync()
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("stats-test");
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var office = await db.Offices.SingleAsync(o => o.Code == "FT");
        await scope.ServiceProvider.GetRequiredService<SessionGenerator>().EnsureAsync(Monday, Sunday, office.Id, default);
        var sessions = await db.Sessions.Where(s => s.OfficeId == office.Id && s.Date >= Monday && s.Date <= Sunday).ToListAsync();
        Session At(int day, SessionPeriod p) => sessions.Single(s => s.Date == Monday.AddDays(day) && s.Period == p);
        var mondayAm = At(0, SessionPeriod.Morning);
        var wednesdayPm = At(2, SessionPeriod.Afternoon);
        var saturday = At(5, SessionPeriod.Morning);
        Assert.Equal(SessionKind.Saturday, saturday.Kind);

        void Book(Session s, ServiceType type, AppointmentStatus status, BookingChannel channel = BookingChannel.Online, Guid? replacedBy = null)
        {
            var booking = new Appointment
            {
                Code = "T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant(), SessionId = s.Id, OfficeId = office.Id, DivisionCode = office.DivisionCode,
                Date = s.Date, Period = s.Period, ServiceType = type, Status = status, Channel = channel,
                PartyAIdNumber = Ids.Of(Sex.Male, 1990), PartyAName = "统计甲", PartyAPhone = "13800000001",
                PartyBIdNumber = Ids.Of(Sex.Female, 1992), PartyBName = "统计乙", PartyBPhone = "13800000002",
                BookedBy = "stats-test", CreatedAtUtc = DateTime.UtcNow, ReplacedById = replacedBy,
            };
            db.Appointments.Add(booking);
            if (status == AppointmentStatus.Completed && type != ServiceType.Divorce)
            {
                Register(type, s.Date);
            }
        }
        void Register(ServiceType type, DateOnly on) => db.Registrations.Add(new Registration
        {
            OfficeId = office.Id, DivisionCode = office.DivisionCode, ServiceType = type, RegisteredOn = on,
            CertificateNumber = "T" + Guid.NewGuid().ToString("N")[..20], Registrar = "测试", RegistrarUserName = "stats-test",
            PartyAIdNumber = Ids.Of(Sex.Male, 1990), PartyAName = "统计甲", CreatedAtUtc = DateTime.UtcNow,
        });
        void Divorce(DateOnly applied, DivorceStatus status, DateTime? closedAtUtc)
        {
            db.Divorces.Add(new DivorceApplication
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, AppliedOn = applied, EarliestRegistrationOn = applied.AddDays(31),
                LapsesAfter = applied.AddDays(60), Status = status, ClosedAtUtc = closedAtUtc, PartyAIdNumber = Ids.Of(Sex.Male, 1985), PartyAName = "统计丙",
                PartyBIdNumber = Ids.Of(Sex.Female, 1986), PartyBName = "统计丁", CreatedAtUtc = DateTime.UtcNow,
            });
        }

        // Monday morning: 3 came online, 1 at the window, 1 did not come, 1 cancelled, 1 moved away by 改约 (not counted)
        for (var i = 0; i < 3; i++)
        {
            Book(mondayAm, ServiceType.Marriage, AppointmentStatus.Completed);
        }
        Book(mondayAm, ServiceType.Marriage, AppointmentStatus.Completed, BookingChannel.Window);
        Book(mondayAm, ServiceType.Marriage, AppointmentStatus.NoShow);
        Book(mondayAm, ServiceType.Marriage, AppointmentStatus.Cancelled);
        Book(mondayAm, ServiceType.Marriage, AppointmentStatus.Cancelled, replacedBy: Guid.NewGuid());
        // Wednesday afternoon: a divorce applied for (cooling-off, no certificate yet) and a reissued certificate
        Book(wednesdayPm, ServiceType.Divorce, AppointmentStatus.Completed);
        Divorce(Monday.AddDays(2), DivorceStatus.CoolingOff, null);
        Book(wednesdayPm, ServiceType.Reissue, AppointmentStatus.Completed);
        // Saturday: 2 came, 1 did not
        Book(saturday, ServiceType.Marriage, AppointmentStatus.Completed);
        Book(saturday, ServiceType.Marriage, AppointmentStatus.Completed);
        Book(saturday, ServiceType.Marriage, AppointmentStatus.NoShow);
        // divorces: applied Tuesday and withdrawn Thursday 10:00 China time; one lapsing on Monday (its 60th day was Sunday);
        // one registered on Friday after its cooling-off; one withdrawn at 01:00 China time on the Monday after (outside the week)
        Divorce(Monday.AddDays(1), DivorceStatus.Withdrawn, new DateTime(2022, 3, 10, 2, 0, 0, DateTimeKind.Utc));
        Divorce(Monday.AddDays(-61), DivorceStatus.Lapsed, null);
        Divorce(new DateOnly(2022, 2, 1), DivorceStatus.Registered, new DateTime(2022, 3, 11, 3, 0, 0, DateTimeKind.Utc));
        Register(ServiceType.Divorce, Monday.AddDays(4));
        Divorce(new DateOnly(2022, 2, 10), DivorceStatus.Withdrawn, new DateTime(2022, 3, 13, 17, 0, 0, DateTimeKind.Utc));
        await db.SaveChangesAsync();
        return office.Id;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MarriageStatsTestsOnSqlite(SqliteApp app) : MarriageStatsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MarriageStatsTestsOnPostgres(PostgresApp app) : MarriageStatsTests(app);
