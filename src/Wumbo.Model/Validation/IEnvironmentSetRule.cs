using System.Collections.Immutable;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;

namespace Wumbo.Model.Validation;

/// <summary>A domain rule across all environments, such as distinct VPC CIDRs or unique app identifiers.</summary>
public interface IEnvironmentSetRule
{
    void Check(ImmutableArray<BoundEnvironment> environments, ICollection<Diagnostic> diagnostics);
}
