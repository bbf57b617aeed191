using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Domain;

namespace Wumbo.Model.Validation;

/// <summary>A domain rule over one bound environment. Rules report every violation; they never throw.</summary>
public interface IEnvironmentRule
{
    void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics);
}
