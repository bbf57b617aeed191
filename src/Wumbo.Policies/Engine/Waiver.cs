using Wumbo.Diagnostics;

namespace Wumbo.Policies.Engine;

/// <summary>One rule knowingly broken by one resource (by Terraform address), why, and the last day it holds.</summary>
public sealed record Waiver(string RuleId, string Resource, string Reason, DateOnly Expires, SourceSpan? Span, string? ModelPath);
