using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Synthesis;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>WUM3xxx: the synthesizer on a one-stack app with one thing added, and the refactor guard on two of its stacks.</summary>
internal static partial class DiagnosticTriggers
{
    private static Part Synthesis() => new()
    {
        { SynthesisDiagnostics.LogicalIdCollision, () => Synthesized((_, stack, _) => new AwsVpc(new Construct(stack, "net"), "x", new AwsVpcConfig()).OverrideLogicalId("vpc")) },
        { SynthesisDiagnostics.EmptyLogicalId, () => Synthesized((_, stack, _) => _ = new AwsVpc(stack, "Default", new AwsVpcConfig())) },
        { SynthesisDiagnostics.InvalidStackId, () => Synthesized((app, _, _) => _ = new TerraformStack(app, "has space")) },
        { SynthesisDiagnostics.DuplicateConstructId, () => Synthesized((_, stack, _) => _ = new AwsVpc(stack, "vpc", new AwsVpcConfig())) },
        { SynthesisDiagnostics.ElementOutsideStack, () => Synthesized((app, _, _) => _ = new AwsVpc(app, "loose", new AwsVpcConfig())) },
        { SynthesisDiagnostics.CountAndForEach, () => Synthesized((_, stack, _) => _ = new AwsVpc(stack, "both", new AwsVpcConfig { Count = 2, ForEach = Fn.Toset<TfString>(["a"]) })) },
        { SynthesisDiagnostics.DataSourceLifecycle, () => Synthesized((_, stack, _) => _ = new DataAwsAvailabilityZones(stack, "azs", new DataAwsAvailabilityZonesConfig { Lifecycle = new TerraformLifecycle { PreventDestroy = true } })) },
        { SynthesisDiagnostics.CrossStackReference, () => Synthesized((app, stack, vpc) => _ = new AwsSubnet(new TerraformStack(app, "other"), "subnet", new AwsSubnetConfig { VpcId = vpc.Id })) },
        { SynthesisDiagnostics.UnlockedS3State, () => Synthesized((_, stack, _) => _ = new S3Backend(stack, new S3BackendConfig { Bucket = "state", Key = "dev.tfstate", Region = "eu-west-1", UseLockfile = false })) },
        { SynthesisDiagnostics.ErrorAnnotation, () => Synthesized((_, _, vpc) => vpc.Node.AddError("broken")) },
        { SynthesisDiagnostics.SeveralMoves, () => Synthesized((_, _, vpc) => { vpc.MoveToId("aws_vpc.a"); vpc.MoveFromId("aws_vpc.b"); }) },
        { SynthesisDiagnostics.UnknownMoveTarget, () => Synthesized((_, _, vpc) => vpc.MoveTo("nowhere")) },
        { SynthesisDiagnostics.MoveTypeMismatch, () => Synthesized((_, stack, vpc) => { new AwsInternetGateway(stack, "igw", new AwsInternetGatewayConfig()).AddMoveTarget("gw"); vpc.MoveTo("gw"); }) },
        { SynthesisDiagnostics.DuplicateMoveTarget, () => Synthesized((_, stack, vpc) => { vpc.AddMoveTarget("main"); new AwsVpc(stack, "other", new AwsVpcConfig()).AddMoveTarget("main"); }) },
        { SynthesisDiagnostics.StatefulResourceRemoved, () => Guarded(vpc => vpc.OverrideLogicalId("main")) },
        { SynthesisDiagnostics.InvalidStackJson, () => RefactorGuard.Check("{", "[]", new HashSet<string>(StringComparer.Ordinal)) },
        { SynthesisDiagnostics.NoStacks, () => new App().Synth().Diagnostics },
    };
}
