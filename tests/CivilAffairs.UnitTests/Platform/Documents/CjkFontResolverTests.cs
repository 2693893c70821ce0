using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using Microsoft.Extensions.Configuration;

namespace CivilAffairs.UnitTests.Platform.Documents;

/// <summary>Finding the CJK font, and failing in words staff understand when it is missing.</summary>
public class CjkFontResolverTests
{
    [Fact]
    public void A_server_without_a_CJK_font_gets_a_business_rule_in_Chinese_not_a_crash()
    {
        var options = new DocumentFontOptions { FontPath = "/nonexistent/fonts/none.ttc", FallbackPaths = [] };

        var error = Assert.Throws<BusinessRuleException>(() => new CjkFontResolver(options));

        Assert.Equal("服务器未安装中文字体（fonts-wqy-microhei），无法生成PDF", error.Message);
    }

    [Fact]
    public void The_configured_path_is_tried_before_the_Debian_locations()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:FontPath"] = "/opt/fonts/custom.ttc" })
            .Build();

        var candidates = DocumentFontOptions.FromConfiguration(configuration).Candidates().ToList();

        Assert.Equal(["/opt/fonts/custom.ttc", .. DocumentFontOptions.DefaultPaths], candidates);
    }

    [Fact]
    public void A_configured_path_that_does_not_exist_falls_back_to_the_installed_font()
    {
        var resolver = new CjkFontResolver(new DocumentFontOptions { FontPath = "/nonexistent/none.ttc" });

        Assert.Equal(DocumentFontOptions.DefaultPaths[0], resolver.FontPath);
    }

    [Fact]
    public void The_face_is_taken_out_of_the_TrueType_collection_as_a_standalone_font()
    {
        var resolver = new CjkFontResolver(new DocumentFontOptions());

        var face = resolver.GetFont(CjkFontResolver.FaceName)!;

        Assert.True(TrueTypeCollection.IsCollection(File.ReadAllBytes(resolver.FontPath)));
        Assert.False(TrueTypeCollection.IsCollection(face));
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, face[..4]); // sfnt version 1.0: TrueType outlines
    }

    [Fact]
    public void Every_family_and_style_resolves_to_the_one_CJK_face()
    {
        var resolver = new CjkFontResolver(new DocumentFontOptions());

        Assert.Equal(CjkFontResolver.FaceName, resolver.ResolveTypeface("Arial", isBold: true, isItalic: false)?.FaceName);
        Assert.Null(resolver.GetFont("SomethingElse"));
    }

    [Fact]
    public void A_truncated_collection_is_reported_as_corrupt_data()
    {
        var ttc = File.ReadAllBytes(DocumentFontOptions.DefaultPaths[0]);

        Assert.Throws<InvalidDataException>(() => TrueTypeCollection.ExtractFace(ttc[..4096], 0));
    }
}
