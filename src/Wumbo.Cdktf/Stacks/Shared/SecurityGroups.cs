using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Security groups, always with the construct id <c>security-group</c> in their owner, a name, a description
/// (SECURITY-RULES G1) and no inline rules: rules are separate resources (<see cref="SecurityGroupRules"/>).
/// </summary>
internal static class SecurityGroups
{
    public static AwsSecurityGroup Create(Construct owner, Network network, string name, string description) =>
        new(owner, "security-group", new AwsSecurityGroupConfig
        {
            Name = name,
            Description = description,
            VpcId = network.Vpc.Id,
            Tags = ResourceNaming.NameTag(name),
        });
}
