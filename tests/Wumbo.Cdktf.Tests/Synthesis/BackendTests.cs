using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Synthesis;

public sealed class BackendTests
{
    [Fact]
    public void Local_backend_defaults_to_a_relative_path_named_after_the_stack()
    {
        var (app, stack, _) = TestStacks.WithVpc("staging");
        _ = new LocalBackend(stack);

        var json = Synth.Stack(app, "staging");

        Assert.Equal("{\n  \"path\": \"terraform.staging.tfstate\"\n}", Synth.Text(Synth.At(json, "terraform", "backend", "local")));
        Assert.Equal("\"local\"", Synth.Text(Synth.At(json, "//", "metadata", "backend")));
    }

    [Fact]
    public void S3_backend_locks_natively_and_encrypts_by_default()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new S3Backend(stack, new S3BackendConfig { Bucket = "state", Key = "dev.tfstate", Region = "eu-west-1" });

        var json = Synth.Stack(app, "dev");

        Assert.Equal(
            "{\n  \"bucket\": \"state\",\n  \"encrypt\": true,\n  \"key\": \"dev.tfstate\",\n  \"region\": \"eu-west-1\",\n  \"use_lockfile\": true\n}",
            Synth.Text(Synth.At(json, "terraform", "backend", "s3")));
        Assert.Equal("\"s3\"", Synth.Text(Synth.At(json, "//", "metadata", "backend")));
    }

    [Fact]
    public void S3_backend_without_any_lock_is_an_error()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new S3Backend(stack, new S3BackendConfig { Bucket = "state", Key = "dev.tfstate", Region = "eu-west-1", UseLockfile = false });

        Assert.Equal(["WUM3009"], app.Synth().Codes());
    }

    [Theory]
    [InlineData(null, "tfc")]
    [InlineData("app.terraform.io", "tfc")]
    [InlineData("tfe.example.com", "tfe")]
    public void Cloud_backend_writes_the_cloud_block_and_its_kind(string? hostname, string kind)
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new CloudBackend(stack, new CloudBackendConfig { Organization = "wumbo", WorkspaceName = "wumbo-dev", Hostname = hostname });

        var json = Synth.Stack(app, "dev");

        Assert.Equal("\"cloud\"", Synth.Text(Synth.At(json, "//", "metadata", "backend")));
        Assert.Equal("\"" + kind + "\"", Synth.Text(Synth.At(json, "//", "metadata", "cloud")));
        Assert.Equal("{\n  \"name\": \"wumbo-dev\"\n}", Synth.Text(Synth.At(json, "terraform", "cloud", "workspaces")));
        Assert.Equal(hostname is null ? "<absent>" : "\"" + hostname + "\"", Synth.Text(Synth.At(json, "terraform", "cloud", "hostname")));
        Assert.Null(Synth.At(json, "terraform", "backend"));
    }

    [Fact]
    public void Two_backends_in_one_stack_collide()
    {
        var (app, stack, _) = TestStacks.WithVpc();
        _ = new LocalBackend(stack);
        _ = new S3Backend(stack, new S3BackendConfig { Bucket = "state", Key = "dev.tfstate", Region = "eu-west-1" });

        Assert.Equal(["WUM3001", "WUM3004"], app.Synth().Codes());
    }
}
