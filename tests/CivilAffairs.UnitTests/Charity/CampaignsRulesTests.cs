using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Charity;

/// <summary>Pledge delivery status, receipt numbering and how donors are shown.</summary>
public sealed class CampaignsRulesTests
{
    [Theory]
    [InlineData(1000, 0, PledgeStatus.NotDelivered)]
    [InlineData(1000, 0.01, PledgeStatus.Partial)]
    [InlineData(1000, 999.99, PledgeStatus.Partial)]
    [InlineData(1000, 1000, PledgeStatus.Delivered)]
    [InlineData(1000, 1200, PledgeStatus.Delivered)]
    public void A_pledge_is_delivered_only_when_everything_arrived(decimal pledged, decimal delivered, PledgeStatus expected) =>
        Assert.Equal(expected, CampaignRules.StatusOf(pledged, delivered));

    [Fact]
    public void The_delivery_rate_is_a_share_capped_at_one()
    {
        Assert.Equal(0.4m, CampaignRules.Rate(1_000_000m, 400_000m));
        Assert.Equal(0.3333m, CampaignRules.Rate(3m, 1m));
        Assert.Equal(1m, CampaignRules.Rate(100m, 150m));
        Assert.Equal(0m, CampaignRules.Rate(0m, 10m));
    }

    [Fact]
    public void A_pledge_is_overdue_after_its_due_date_unless_fully_delivered()
    {
        var due = new DateOnly(2019, 9, 21);
        Assert.False(CampaignRules.Overdue(PledgeStatus.Partial, due, due));
        Assert.True(CampaignRules.Overdue(PledgeStatus.Partial, due, due.AddDays(1)));
        Assert.True(CampaignRules.Overdue(PledgeStatus.NotDelivered, due, due.AddDays(1)));
        Assert.False(CampaignRules.Overdue(PledgeStatus.Delivered, due, due.AddYears(5)));
    }

    [Fact]
    public void Each_recipient_numbers_its_receipts_under_its_own_organization_code()
    {
        Assert.Equal("JZMJL000024", CampaignRules.ReceiptPrefix("53440300MJL000024A"));
        Assert.Equal("JZMJL000016", CampaignRules.ReceiptPrefix("51440300MJL000016M"));
        Assert.NotEqual(CampaignRules.ReceiptPrefix("53440300MJL000024A"), CampaignRules.ReceiptPrefix("51440300MJL000016M"));
        // the counter key (prefix-year) fits the counter table's 32 characters
        Assert.True($"{CampaignRules.ReceiptPrefix("53440300MJL000024A")}-2026".Length <= 32);
        Assert.Throws<ArgumentException>(() => CampaignRules.ReceiptPrefix("5344"));
    }

    [Fact]
    public void Lists_mask_individuals_and_never_name_an_anonymous_donor()
    {
        Assert.Equal("欧**远", CampaignRules.ListName(DonorKind.Individual, "欧阳明远"));
        Assert.Equal("张*", CampaignRules.ListName(DonorKind.Individual, "张三"));
        Assert.Equal("匿名", CampaignRules.ListName(DonorKind.Anonymous, "本不该有的名字"));
        Assert.Equal("深圳市某某科技有限公司", CampaignRules.ListName(DonorKind.Organization, "深圳市某某科技有限公司"));
        Assert.Equal(Masking.Name("李小龙"), CampaignRules.ListName(DonorKind.Individual, "李小龙"));
    }

    [Fact]
    public void In_public_only_an_organization_that_agreed_is_named()
    {
        Assert.Equal("深圳市某某科技有限公司", CampaignRules.PublicName(DonorKind.Organization, "深圳市某某科技有限公司", true));
        Assert.Equal("单位捐赠人", CampaignRules.PublicName(DonorKind.Organization, "深圳市某某科技有限公司", false));
        Assert.Equal("个人捐赠人", CampaignRules.PublicName(DonorKind.Individual, "张三", true));
        Assert.Equal("匿名捐赠人", CampaignRules.PublicName(DonorKind.Anonymous, null, true));
    }
}
