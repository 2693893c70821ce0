using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Features.EcoBurial;

namespace CivilAffairs.UnitTests.Funeral;

/// <summary>Which papers the counter must see depends on the hukou and on who boards.</summary>
public sealed class EcoBurialPapersTests
{
    private static List<string> Required(BurialType type, bool shenzhen, int companions, string relationship = "子女") =>
        EcoBurialPapers.For(new EcoBurialApplication { BurialType = type, ShenzhenHukou = shenzhen, PowerOfAttorney = relationship == "受托人" }, companions)
            .Where(p => p.Required).Select(p => p.Key).ToList();

    [Fact]
    public void A_Shenzhen_sea_burial_with_companions_needs_all_five()
    {
        Assert.Equal(["paperCertificate", "paperApplicantId", "paperRelationship", "paperCompanionIds", "paperHukouBook"], Required(BurialType.Sea, true, 2));
    }

    [Fact]
    public void No_hukou_book_outside_Shenzhen_and_no_companion_ids_without_companions()
    {
        Assert.Equal(["paperCertificate", "paperApplicantId", "paperRelationship"], Required(BurialType.Sea, false, 0));
        Assert.DoesNotContain("paperCompanionIds", Required(BurialType.Tree, true, 0));
    }

    [Fact]
    public void An_agent_brings_a_power_of_attorney()
    {
        var papers = EcoBurialPapers.For(new EcoBurialApplication { BurialType = BurialType.Lawn, PowerOfAttorney = true }, 0);
        Assert.Equal("授权委托书", papers.Single(p => p.Key == "paperRelationship").Name);
    }
}
