using Wumbo.Diagnostics;
using Wumbo.Preview.Reading;
using Wumbo.Preview.Tests.Support;

namespace Wumbo.Preview.Tests.Reading;

public sealed class RevisionReaderTests
{
    [Fact]
    public void A_checkout_after_the_main_job_has_every_stack_and_its_models()
    {
        using var checkout = new Checkout().Synthesize();
        var diagnostics = new List<Diagnostic>();

        var revision = RevisionReader.Read(checkout.Root, "head", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["development", "production", "staging"], revision!.Stacks.Keys);
        Assert.Equal(["development", "production", "staging"], revision.Models.ByName.Keys);
        Assert.Null(revision.Models.UnavailableReason);
    }

    [Fact]
    public void A_missing_checkout_is_WUM4001()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(RevisionReader.Read("/nonexistent/wumbo-checkout", "base", diagnostics));

        Assert.Equal(["error WUM4001: the base checkout '/nonexistent/wumbo-checkout' does not exist"], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_checkout_without_synthesized_output_is_WUM4002_and_says_how_to_make_it()
    {
        using var checkout = new Checkout();
        var diagnostics = new List<Diagnostic>();

        Assert.Null(RevisionReader.Read(checkout.Root, "base", diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("WUM4002", diagnostic.Code);
        Assert.Equal("run the main job in that checkout first: dotnet run --project src/Wumbo.Cdktf -c Release", diagnostic.Hint);
    }

    [Fact]
    public void A_stack_that_is_not_json_is_WUM4003_at_its_position()
    {
        using var checkout = new Checkout().Synthesize();
        var stack = Path.Combine(checkout.Root, "cdktf.out", "stacks", "staging", "cdk.tf.json");
        File.WriteAllText(stack, "{\n  \"resource\": {,\n}");
        var diagnostics = new List<Diagnostic>();

        Assert.Null(RevisionReader.Read(checkout.Root, "head", diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith($"{stack}(2,16): error WUM4003: not valid JSON: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_is_not_a_stack_is_WUM4003()
    {
        using var checkout = new Checkout().Synthesize();
        File.WriteAllText(Path.Combine(checkout.Root, "cdktf.out", "stacks", "staging", "cdk.tf.json"), "[1, 2]");
        var diagnostics = new List<Diagnostic>();

        Assert.Null(RevisionReader.Read(checkout.Root, "head", diagnostics));

        Assert.Equal("WUM4003", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_stack_the_manifest_lists_but_that_is_gone_is_WUM4004()
    {
        using var checkout = new Checkout().Synthesize();
        File.Delete(Path.Combine(checkout.Root, "cdktf.out", "stacks", "staging", "cdk.tf.json"));
        var diagnostics = new List<Diagnostic>();

        Assert.Null(RevisionReader.Read(checkout.Root, "head", diagnostics));

        Assert.Contains("the manifest lists the stack 'staging' at 'stacks/staging/cdk.tf.json', which does not exist", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_files_that_do_not_load_leave_the_stacks_readable_and_say_why_relative_to_the_checkout()
    {
        using var checkout = new Checkout().Synthesize().Edit("staging.yaml", "  nat_gateways: 1", "  nat_gateways: 7");
        var diagnostics = new List<Diagnostic>();

        var revision = RevisionReader.Read(checkout.Root, "base", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(3, revision!.Stacks.Count);
        Assert.Empty(revision.Models.ByName);
        Assert.Matches(@"^the base environment files do not load with this model: environments/staging\.yaml\(\d+,\d+\): error WUM1007: 'nat_gateways' is 7", revision.Models.UnavailableReason);
    }

    [Fact]
    public void A_checkout_without_environment_files_has_no_models()
    {
        using var checkout = new Checkout().Synthesize();
        Directory.Delete(checkout.EnvironmentsDirectory, recursive: true);

        var revision = RevisionReader.Read(checkout.Root, "base", []);

        Assert.Equal("the base checkout has no environments/ folder", revision!.Models.UnavailableReason);
    }
}
