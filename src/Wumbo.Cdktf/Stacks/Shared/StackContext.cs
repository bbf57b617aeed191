using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// What every construct of an environment's stack shares: the model, the account it deploys into (known only
/// to Terraform, from the caller's identity), and the production key, which encrypts data stores, secrets,
/// logs and the alarm topic when the model asks for a customer-managed key.
/// </summary>
internal sealed record StackContext(EnvironmentModel Environment, TfString AccountId, AwsKmsKey? Key)
{
    public EnvironmentNames Names => Environment.Names;

    public string Region => Environment.Environment.Region.Value;

    /// <summary>The key's ARN for an argument such as <c>kms_key_id</c>; null (unset) uses the service's AWS-managed key.</summary>
    public TfString? KeyArn => Key?.Arn;

    /// <summary><c>arn:aws:&lt;service&gt;:&lt;region&gt;:&lt;account&gt;:&lt;resource&gt;</c>, for resources the stack names but does not own.</summary>
    public TfString Arn(string service, string resource, bool regional = true) =>
        Tf.Template($"arn:aws:{service}:{(regional ? Region : string.Empty)}:{AccountId}:{resource}");
}
