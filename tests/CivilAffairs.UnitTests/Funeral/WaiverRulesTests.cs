using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Seeding;

namespace CivilAffairs.UnitTests.Funeral;

public sealed class WaiverRulesTests
{
    private static readonly WaiverFacts DiedHereCremated = new(DiedInShenzhen: true, ShenzhenHukou: false, Cremated: true);

    /// <summary>The catalogue in force on a date, from the seeded reference data.</summary>
    private static List<ItemStandard> CatalogueOn(DateOnly date) => DeathsReferenceData.Items
        .Where(i => DateOnly.Parse(i.From, System.Globalization.CultureInfo.InvariantCulture) <= date
            && (i.To is null || DateOnly.Parse(i.To, System.Globalization.CultureInfo.InvariantCulture) >= date))
        .Select(i => new ItemStandard(i.Code, i.Name, i.Standard, i.Order)).ToList();

    private static decimal CapOn(DateOnly date) => decimal.Parse(DeathsReferenceData.Caps
        .Last(c => DateOnly.Parse(c.From, System.Globalization.CultureInfo.InvariantCulture) <= date).Cap, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(true, false, true, true, false)]   // died in Shenzhen, any hukou
    [InlineData(true, true, true, true, false)]
    [InlineData(false, true, true, true, true)]    // Shenzhen hukou died elsewhere: reimbursed with invoices
    [InlineData(false, false, true, false, false)] // neither: not covered
    [InlineData(true, true, false, false, false)]  // not cremated: not covered
    public void Eligibility_follows_place_of_death_hukou_and_cremation(bool diedHere, bool szHukou, bool cremated, bool eligible, bool reimbursement)
    {
        var e = WaiverRules.Eligibility(new WaiverFacts(diedHere, szHukou, cremated));
        Assert.Equal(eligible, e.Eligible);
        Assert.Equal(reimbursement, e.Reimbursement);
        Assert.False(string.IsNullOrWhiteSpace(e.Reason));
    }

    [Fact]
    public void Each_item_is_waived_up_to_its_standard_and_extras_are_never_waived()
    {
        var catalogue = CatalogueOn(new DateOnly(2018, 5, 1));
        ChargedService[] services = [new("storage", 300m), new("farewell", 380m), new(null, 600m), new("cremation", 500m)];
        var r = WaiverRules.Compute(DiedHereCremated, services, catalogue, 2030m);
        Assert.Equal([180m, 380m, 0m, 500m], r.Waived);
        Assert.Equal(1060m, r.Waiver);
        Assert.Equal(1780m, r.Charged);
        Assert.Equal(720m, r.SelfPay);
        Assert.False(r.Capped);
    }

    [Fact]
    public void The_total_is_capped_by_the_overall_cap_and_the_same_item_twice_counts_its_standard_once()
    {
        var catalogue = CatalogueOn(new DateOnly(2018, 5, 1));
        var all = catalogue.Select(i => new ChargedService(i.Code, i.Standard)).ToList();
        all.Add(new ChargedService("farewell", 400m)); // a second farewell room: nothing more to waive for it
        var r = WaiverRules.Compute(DiedHereCremated, all, catalogue, 2030m);
        Assert.Equal(2030m, r.Waiver);
        Assert.Equal(0m, r.Waived[^1]);
        // a lower cap (say a district's) limits the total, the last items getting less
        var capped = WaiverRules.Compute(DiedHereCremated, all, catalogue, 1500m);
        Assert.Equal(1500m, capped.Waiver);
        Assert.True(capped.Capped);
        Assert.Equal(capped.Charged - 1500m, capped.SelfPay);
    }

    [Fact]
    public void Not_eligible_waives_nothing_and_the_family_pays_all()
    {
        var catalogue = CatalogueOn(new DateOnly(2018, 5, 1));
        var r = WaiverRules.Compute(new WaiverFacts(false, false, true), [new("cremation", 500m)], catalogue, 2030m);
        Assert.Equal(0m, r.Waiver);
        Assert.Equal(500m, r.SelfPay);
        Assert.False(r.Eligible);
    }

    [Theory]
    [InlineData("2012-06-15", 5, 1830)]
    [InlineData("2014-12-31", 5, 1830)]
    [InlineData("2015-01-01", 7, 1980)]
    [InlineData("2017-09-01", 8, 2030)]
    [InlineData("2018-12-31", 8, 2030)]
    [InlineData("2022-06-25", 8, 2030)]
    [InlineData("2022-06-26", 10, 2200)]
    public void Each_version_has_its_items_and_their_standards_add_up_to_its_cap(string date, int items, int cap)
    {
        var on = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var catalogue = CatalogueOn(on);
        Assert.Equal(items, catalogue.Count);
        Assert.Equal(cap, CapOn(on));
        Assert.Equal(cap, catalogue.Sum(i => i.Standard));
    }

    [Fact]
    public void The_version_switch_on_2022_06_26_adds_body_preparation_and_the_coffin_to_the_waiver()
    {
        ChargedService[] full =
        [
            new("transport", 300m), new("storage", 180m), new("farewell", 400m), new("cremation", 500m), new("ashes", 500m),
            new("disinfection", 50m), new("body_bag", 50m), new("urn", 50m), new("preparation", 120m), new("coffin", 50m),
        ];
        var before = new DateOnly(2022, 6, 25);
        var after = new DateOnly(2022, 6, 26);
        var r1 = WaiverRules.Compute(DiedHereCremated, full, CatalogueOn(before), CapOn(before));
        var r2 = WaiverRules.Compute(DiedHereCremated, full, CatalogueOn(after), CapOn(after));
        Assert.Equal(2030m, r1.Waiver);
        Assert.Equal(170m, r1.SelfPay); // 遗体整理 and 简易火化棺 were not free items yet
        Assert.Equal(2200m, r2.Waiver);
        Assert.Equal(0m, r2.SelfPay);
    }
}
