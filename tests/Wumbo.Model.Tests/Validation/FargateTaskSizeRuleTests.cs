using Wumbo.Model.Diagnostics;

namespace Wumbo.Model.Tests.Validation;

public sealed class FargateTaskSizeRuleTests
{
    [Fact]
    public void Memory_that_Fargate_does_not_pair_with_the_cpu_is_reported_at_memory_with_the_valid_values()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Development().WithService(1, s => s with { Cpu = 512, Memory = 512 }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.InvalidFargateTaskSize, sources, "compute.services[1].memory");
        Assert.Contains("memory 512 MiB", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("with cpu 512, memory must be 1024, 2048, 3072 or 4096 MiB", diagnostic.Hint);
    }

    [Fact]
    public void Large_sizes_describe_their_memory_as_a_range()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Production().WithService(0, s => s with { Cpu = 8192, Memory = 18432 }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.InvalidFargateTaskSize, sources, "compute.services[0].memory");
        Assert.Equal("with cpu 8192, memory must be 16384 to 61440 in steps of 4096 MiB", diagnostic.Hint);
    }

    [Fact]
    public void A_cpu_value_Fargate_does_not_offer_is_reported_at_cpu()
    {
        var (diagnostics, sources) = RuleRun.One(ValidModels.Staging().WithService(2, s => s with { Cpu = 300 }));

        var diagnostic = RuleRun.Single(diagnostics, DiagnosticCatalog.InvalidFargateTaskSize, sources, "compute.services[2].cpu");
        Assert.Equal("cpu must be one of 256, 512, 1024, 2048, 4096, 8192 or 16384 CPU units; 1024 units are 1 vCPU", diagnostic.Hint);
    }

    [Theory]
    [InlineData(256, 2048)]
    [InlineData(4096, 30720)]
    [InlineData(16384, 122880)]
    public void Boundary_pairs_are_valid(int cpu, int memory)
    {
        var (diagnostics, _) = RuleRun.One(ValidModels.Production().WithService(1, s => s with { Cpu = cpu, Memory = memory }));

        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCatalog.InvalidFargateTaskSize.Code);
    }
}
