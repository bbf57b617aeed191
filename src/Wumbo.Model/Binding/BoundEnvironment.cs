using Wumbo.Model.Domain;

namespace Wumbo.Model.Binding;

/// <summary>An environment as bound from one file, with the positions of its values.</summary>
public sealed record BoundEnvironment(EnvironmentModel Model, SourceMap Sources);
