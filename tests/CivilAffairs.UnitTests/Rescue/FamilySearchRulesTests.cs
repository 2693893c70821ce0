using CivilAffairs.Platform.Http;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.FamilySearch;

namespace CivilAffairs.UnitTests.Rescue;

public sealed class FamilySearchRulesTests
{
    [Theory]
    [InlineData("13912345678")]
    [InlineData("0755-83001234")]
    [InlineData("075583001234")]
    [InlineData("139 1234 5678")]
    public void A_reply_with_a_mobile_or_landline_number_passes(string phone) =>
        PublicNotices.Validate(new ContactRequest { Name = "李建华", Phone = phone, Relationship = "父亲", Message = "像我走失的儿子" });

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1391234567")]
    [InlineData("83001234")]
    public void A_reply_with_a_wrong_number_is_refused_in_Chinese(string phone)
    {
        var ex = Assert.Throws<FieldValidationException>(() =>
            PublicNotices.Validate(new ContactRequest { Name = "李建华", Phone = phone, Relationship = "父亲", Message = "像我走失的儿子" }));
        Assert.Equal(["phone"], ex.Errors.Keys);
        Assert.Contains("手机号码", ex.Errors["phone"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_reply_names_every_missing_field()
    {
        var ex = Assert.Throws<FieldValidationException>(() => PublicNotices.Validate(new ContactRequest()));
        Assert.Equal(["message", "name", "phone", "relationship"], ex.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Taking_a_notice_down_records_when_and_why_and_bumps_the_version()
    {
        var n = new PublicNotice { Status = NoticeStatus.Published, Version = 3 };
        var at = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
        Notices.Unpublish(n, new string('因', 250), at);
        Assert.Equal(NoticeStatus.Unpublished, n.Status);
        Assert.Equal(at, n.UnpublishedAtUtc);
        Assert.Equal(200, n.UnpublishReason!.Length);
        Assert.Equal(4, n.Version);
    }
}
