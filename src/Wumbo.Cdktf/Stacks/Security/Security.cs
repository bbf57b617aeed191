using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The seed's SecurityStack: the customer-managed key (production), the network with its routing, endpoints
/// and flow logs, and the application's secrets.
/// </summary>
internal sealed class Security : Construct
{
    public Security(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        Context = context.Environment.Security.CustomerManagedKey
            ? context with { Key = new EncryptionKey(this, "encryption-key", context).Key }
            : context;
        Network = new Network(this, "network", Context);
        Routing = new Routing(this, "routing", Context, Network);
        _ = new VpcEndpoints(this, "endpoints", Context, Network, Routing);
        _ = new FlowLogs(this, "flow-logs", Context, Network);
        Secrets = new AppSecrets(this, "secrets", Context).ById;
    }

    /// <summary>The stack's context with the production key, for every construct that follows.</summary>
    public StackContext Context { get; }

    public Network Network { get; }

    public Routing Routing { get; }

    public ImmutableSortedDictionary<string, AwsSecretsmanagerSecret> Secrets { get; }
}
