using Wumbo.Testing.Markdown;

namespace Wumbo.Docs.Tests.Diagrams;

public sealed class MermaidBlocksTests
{
    [Fact]
    public void Finds_every_mermaid_block_with_the_line_of_its_fence()
    {
        const string markdown = "# Deployment\n\n```mermaid\nflowchart LR\n    a --> b\n```\n\ntext\n\n```mermaid\nflowchart TB\n```\n";

        var blocks = MermaidBlocks.Extract(markdown);

        Assert.Equal([new MermaidBlock(3, "flowchart LR\n    a --> b\n"), new MermaidBlock(10, "flowchart TB\n")], blocks);
    }

    [Fact]
    public void Skips_other_languages_and_mermaid_fences_quoted_inside_a_longer_fence()
    {
        const string markdown = "```json\n{}\n```\n````markdown\n```mermaid\nflowchart LR\n```\n````\n```\nplain\n```\n";

        Assert.Empty(MermaidBlocks.Extract(markdown));
    }

    [Fact]
    public void Reads_tildes_longer_fences_an_info_string_and_up_to_three_spaces_of_indent()
    {
        const string markdown = "~~~ mermaid title\nflowchart LR\n~~~\n   ````mermaid\n   flowchart TB\n     a\n   ```\n   ````\n";

        var blocks = MermaidBlocks.Extract(markdown);

        Assert.Equal([new MermaidBlock(1, "flowchart LR\n"), new MermaidBlock(4, "flowchart TB\n  a\n```\n")], blocks);
    }

    [Fact]
    public void Takes_four_spaces_of_indent_as_indented_code_not_a_fence()
    {
        Assert.Empty(MermaidBlocks.Extract("    ```mermaid\n    flowchart LR\n    ```\n"));
    }

    [Fact]
    public void Reads_windows_line_ends_and_a_block_left_open_to_the_end()
    {
        var blocks = MermaidBlocks.Extract("```mermaid\r\nflowchart LR\r\n```\r\n```mermaid\nflowchart TB");

        Assert.Equal([new MermaidBlock(1, "flowchart LR\n"), new MermaidBlock(4, "flowchart TB\n")], blocks);
    }
}
