using System.Globalization;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Seeding;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.UnitTests.Funeral;

/// <summary>节地生态安葬奖励 (深民规〔2018〕1号) with the seeded parameter values: the start date, the hukou rule, the companions.</summary>
public sealed class EcoBurialRulesTests
{
    private static readonly Parameter[] Seeded = EcoBurialSeeder.Rows.Select(r => new Parameter
    {
        Key = r.Key, Value = r.Value, DivisionCode = "4403", ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
    }).ToArray();

    private static RewardPolicy PolicyOn(DateOnly day)
    {
        var found = ParameterStore.Resolve(Seeded, day, "440304");
        UsedParameter? Used(string key) => found.TryGetValue(key, out var p) ? new UsedParameter(p.Key, p.Value, p.ValidFrom, p.LegalBasis) : null;
        return new RewardPolicy(Used(EcoBurialParameters.SeaReward), Used(EcoBurialParameters.OtherReward));
    }

    private static SeatPolicy SeatsOn(DateOnly day)
    {
        var found = ParameterStore.Resolve(Seeded, day, "440304");
        return new SeatPolicy(int.Parse(found[EcoBurialParameters.FreeCompanions].Value, CultureInfo.InvariantCulture),
            decimal.Parse(found[EcoBurialParameters.ExtraSeatFee].Value, CultureInfo.InvariantCulture), []);
    }

    [Theory]
    [InlineData("Sea", "2018-09-30", 0)]
    [InlineData("Sea", "2018-10-01", 3000)]
    [InlineData("Tree", "2018-09-30", 0)]
    [InlineData("Tree", "2018-10-01", 1000)]
    [InlineData("FlowerBed", "2019-04-06", 1000)]
    [InlineData("Lawn", "2023-12-01", 1000)]
    [InlineData("Sea", "2026-04-04", 3000)]
    public void The_reward_follows_the_burial_date_from_the_schemes_first_day(string type, string burial, int expected)
    {
        var day = DateOnly.Parse(burial, CultureInfo.InvariantCulture);
        var d = EcoBurialRules.Reward(Enum.Parse<BurialType>(type), "440304", true, day, PolicyOn(day));
        Assert.Equal(expected, d.Amount);
        if (expected == 0)
        {
            Assert.Contains("尚未施行", d.Reason, StringComparison.Ordinal);
            Assert.Null(d.Basis);
        }
        else
        {
            Assert.Contains("深民规〔2018〕1号", d.Basis!.LegalBasis, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("440303", 3000)]
    [InlineData("440311", 3000)]
    [InlineData("440300", 3000)]
    [InlineData("430102", 0)]
    [InlineData("441302", 0)]
    [InlineData("", 0)]
    public void Only_Shenzhen_hukou_is_rewarded(string hukou, int expected)
    {
        var day = new DateOnly(2019, 4, 6);
        var d = EcoBurialRules.Reward(BurialType.Sea, hukou, true, day, PolicyOn(day));
        Assert.Equal(expected, d.Amount);
        if (expected == 0)
        {
            Assert.Contains("非深圳户籍", d.Reason, StringComparison.Ordinal);
            Assert.Contains("免费", d.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_burial_not_organised_by_civil_affairs_gets_nothing()
    {
        var day = new DateOnly(2019, 4, 6);
        var d = EcoBurialRules.Reward(BurialType.Tree, "440304", false, day, PolicyOn(day));
        Assert.Equal(0m, d.Amount);
        Assert.Contains("民政部门组织", d.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(3, 0, 0)]
    [InlineData(4, 1, 380)]
    [InlineData(6, 3, 1140)]
    public void Three_companions_ride_free_and_each_further_seat_is_charged(int companions, int extra, int fee)
    {
        var s = EcoBurialRules.Seats(companions, SeatsOn(new DateOnly(2019, 4, 6)));
        Assert.Equal(Math.Min(companions, 3), s.FreeSeats);
        Assert.Equal(extra, s.ExtraSeats);
        Assert.Equal(fee, s.Fee);
    }

    [Fact]
    public void A_changed_fee_applies_from_its_date_only()
    {
        var changed = Seeded.Append(new Parameter
        {
            Key = EcoBurialParameters.ExtraSeatFee, Value = "400", DivisionCode = "4403", ValidFrom = new DateOnly(2024, 1, 1), LegalBasis = "测试",
        }).ToArray();
        var before = ParameterStore.Resolve(changed, new DateOnly(2023, 12, 31), "440304")[EcoBurialParameters.ExtraSeatFee].Value;
        var after = ParameterStore.Resolve(changed, new DateOnly(2024, 1, 1), "440304")[EcoBurialParameters.ExtraSeatFee].Value;
        Assert.Equal("380", before);
        Assert.Equal("400", after);
    }
}
