using System.Globalization;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Tests.Samples;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Synthesis;

public sealed class ManifestAndDeterminismTests
{
    [Fact]
    public void Manifest_lists_annotations_of_every_level_and_dependencies()
    {
        var (app, stack, vpc) = TestStacks.WithVpc("network");
        stack.Node.AddInfo("hello");
        vpc.Node.AddWarning("check the CIDR");
        var service = new TerraformStack(app, "service");
        service.AddDependency(stack);

        var manifest = Synth.Parse(app.Synth().Find("manifest.json")!);

        Assert.Equal(
            "[\n  {\n    \"constructPath\": \"network\",\n    \"level\": \"@cdktf/info\",\n    \"message\": \"hello\"\n  },\n  {\n    \"constructPath\": \"network/vpc\",\n    \"level\": \"@cdktf/warn\",\n    \"message\": \"check the CIDR\"\n  }\n]",
            Synth.Text(Synth.At(manifest, "stacks", "network", "annotations")));
        Assert.Equal("[\n  \"network\"\n]", Synth.Text(Synth.At(manifest, "stacks", "service", "dependencies")));
        Assert.Equal("\"stacks/service/cdk.tf.json\"", Synth.Text(Synth.At(manifest, "stacks", "service", "synthesizedStackPath")));
    }

    [Fact]
    public void Artifacts_are_the_manifest_and_one_file_per_stack_with_no_final_newline()
    {
        var result = BasicSampleApp.Build().Synth();

        Assert.Equal(["manifest.json", "stacks/development/cdk.tf.json", "stacks/production/cdk.tf.json"], result.Artifacts.Select(a => a.RelativePath));
        Assert.All(result.Artifacts, a => Assert.False(a.Content.EndsWith('\n') || a.Content.Contains('\r', StringComparison.Ordinal)));
    }

    [Fact]
    public void Synthesis_is_deterministic_across_runs_and_cultures()
    {
        var first = Texts(BasicSampleApp.Build());
        var app = BasicSampleApp.Build();
        var again = Texts(app);
        var third = Texts(app);

        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var turkish = Texts(ExpressionsSampleApp.Build());
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal(Texts(ExpressionsSampleApp.Build()), turkish);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(first, Texts(BasicSampleApp.Build()));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(first, again);
        Assert.Equal(first, third);
    }

    private static string[] Texts(App app) => [.. app.Synth().Artifacts.Select(a => a.RelativePath + "\n" + a.Content)];
}
