using Wumbo.Cdktf.Generator.Emit;
using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Tests.Generator;

/// <summary>Block shapes, type mapping, record sharing and type names, on hand-made schemas.</summary>
public sealed class BindingPlannerTests
{
    [Fact]
    public void Blocks_of_at_most_one_instance_are_one_object_and_other_blocks_are_collections()
    {
        var plan = GeneratorSchemas.PlanThing("""
            {"block_types":{
              "single":{"nesting_mode":"single","block":{"attributes":{"a":{"type":"string","optional":true}}}},
              "group":{"nesting_mode":"group","block":{"attributes":{"b":{"type":"string","optional":true}}}},
              "list_one":{"nesting_mode":"list","max_items":1,"block":{"attributes":{"c":{"type":"string","optional":true}}}},
              "set_one":{"nesting_mode":"set","min_items":1,"max_items":1,"block":{"attributes":{"d":{"type":"string","optional":true}}}},
              "list":{"nesting_mode":"list","block":{"attributes":{"e":{"type":"string","optional":true}}}},
              "set":{"nesting_mode":"set","min_items":1,"block":{"attributes":{"f":{"type":"string","optional":true}}}},
              "map":{"nesting_mode":"map","block":{"attributes":{"g":{"type":"string","optional":true}}}}}}
            """);

        Assert.Equal(
            [
                "group: AwsThingGroup / AwsThingGroupReference / WriteBlock",
                "list: TfList<AwsThingList> / TfList<AwsThingListReference> / Write",
                "list_one: AwsThingListOne / TfList<AwsThingListOneReference> / WriteBlock",
                "map: TfMap<AwsThingMap> / TfMap<AwsThingMapReference> / Write",
                "set: required TfList<AwsThingSet> / TfList<AwsThingSetReference> / Write",
                "set_one: required AwsThingSetOne / TfList<AwsThingSetOneReference> / WriteBlock",
                "single: AwsThingSingle / AwsThingSingleReference / WriteBlock",
            ],
            plan.Members.Select(Shape));
    }

    [Fact]
    public void The_providers_blocks_are_always_lists_and_have_no_getters()
    {
        var schema = SchemaReader.Read(GeneratorSchemas.Document(providerBlock: """
            {"block_types":{"default_tags":{"nesting_mode":"list","max_items":1,"block":{"attributes":{"tags":{"type":["map","string"],"optional":true}}}}}}
            """), "5.0.0");

        var provider = BindingPlanner.Plan(schema).Single(p => p.Kind == OwnerKind.Provider);

        Assert.Equal("default_tags: TfList<AwsProviderDefaultTags> /  / Write", Shape(provider.Members.Single()));
        Assert.All(provider.Records, r => Assert.False(r.HasReference));
    }

    [Fact]
    public void Attribute_types_map_to_the_typed_facades_and_object_types_to_records()
    {
        var plan = GeneratorSchemas.PlanThing("""
            {"attributes":{
              "b":{"type":"bool","optional":true},
              "d":{"type":"dynamic","optional":true},
              "id":{"type":"string","computed":true},
              "list_of_dynamic":{"type":["list","dynamic"],"optional":true},
              "m":{"type":["map","bool"],"optional":true},
              "n":{"type":"number","required":true},
              "nested":{"type":["list",["list","string"]],"optional":true},
              "o":{"type":["object",{"a":"string"}],"optional":true},
              "outputs":{"type":["list",["object",{"a":"string"}]],"computed":true},
              "s":{"type":"string","optional":true,"computed":true},
              "set":{"type":["set","number"],"optional":true}}}
            """);

        Assert.Equal(
            [
                "b: TfBool / TfBool / Write",
                "d: Expression / Expression / Write",
                "id:  / TfString / Write",
                "list_of_dynamic: Expression / Expression / Write",
                "m: TfMap<TfBool> / TfMap<TfBool> / Write",
                "n: required TfNumber / TfNumber / Write",
                "nested: TfList<TfList<TfString>> / TfList<TfList<TfString>> / Write",
                "o: AwsThingO / AwsThingOReference / Write",
                "outputs:  / TfList<AwsThingOutputsReference> / Write",
                "s: TfString / TfString / Write",
                "set: TfList<TfNumber> / TfList<TfNumber> / Write",
            ],
            plan.Members.Select(Shape));
        Assert.Equal(["AwsThingO: input reference", "AwsThingOutputs: reference"], plan.Records.Select(Forms));
        Assert.True(plan.Members.Single(m => m.WireName == "d").Dynamic);
    }

    [Fact]
    public void Object_types_write_every_field_and_nested_objects_get_records_of_their_own()
    {
        var plan = GeneratorSchemas.PlanThing("""
            {"attributes":{"rule":{"type":["set",["object",{"port":"number","target":["object",{"host":"string"}]}]],"optional":true}}}
            """);

        var rule = plan.Records.Single(r => r.Name == "AwsThingRule");
        Assert.True(rule.IsObject);
        Assert.Equal(["port: TfNumber? / TfNumber / WriteOrNull", "target: AwsThingRuleTarget? / AwsThingRuleTargetReference / WriteOrNull"], rule.Members.Select(FieldShape));
        Assert.Equal(["AwsThingRule: input reference", "AwsThingRuleTarget: input reference"], plan.Records.Select(Forms));
    }

    [Fact]
    public void Blocks_of_one_name_and_schema_share_the_record_named_after_their_first_occurrence_breadth_first()
    {
        var plan = GeneratorSchemas.PlanThing("""
            {"block_types":{
              "a":{"nesting_mode":"list","block":{"block_types":{"item":{"nesting_mode":"list","block":{"attributes":{"x":{"type":"string","optional":true}}}}}}},
              "b":{"nesting_mode":"list","block":{"block_types":{"item":{"nesting_mode":"list","block":{"attributes":{"x":{"type":"string","optional":true,"description":"descriptions do not count"}}}}}}},
              "c":{"nesting_mode":"list","block":{"attributes":{"x":{"type":"string","optional":true}}}},
              "d":{"nesting_mode":"list","block":{"attributes":{"x":{"type":"string","required":true}}}}}}
            """);

        // a.item and b.item share a name and a schema, so both take a.item's record, met first breadth-first.
        Assert.Equal(["AwsThingA", "AwsThingAItem", "AwsThingB", "AwsThingC", "AwsThingD"], plan.Records.Select(r => r.Name));
        Assert.Equal("TfList<AwsThingAItem>", plan.Records.Single(r => r.Name == "AwsThingB").Members.Single().ArgumentType);
        Assert.Equal(["TfList<AwsThingA>", "TfList<AwsThingB>", "TfList<AwsThingC>", "TfList<AwsThingD>"], plan.Members.Select(m => m.ArgumentType));
    }

    [Fact]
    public void Blocks_of_other_names_keep_records_of_their_own_even_when_their_schemas_agree()
    {
        var plan = GeneratorSchemas.PlanThing("""
            {"block_types":{
              "count":{"nesting_mode":"list","max_items":1,"block":{}},
              "none":{"nesting_mode":"list","max_items":1,"block":{}}}}
            """);

        Assert.Equal(["AwsThingCount", "AwsThingNone"], plan.Records.Select(r => r.Name));
    }

    [Fact]
    public void Blocks_are_shared_within_one_type_only()
    {
        const string WithTimeouts = """{"block_types":{"timeouts":{"nesting_mode":"single","block":{"attributes":{"create":{"type":"string","optional":true}}}}}}""";

        var plans = BindingPlanner.Plan(GeneratorSchemas.Read(("aws_one", WithTimeouts), ("aws_two", WithTimeouts)));

        Assert.Equal(["AwsOneTimeouts", "AwsTwoTimeouts"], plans.SelectMany(p => p.Records).Select(r => r.Name));
    }

    [Fact]
    public void A_record_name_that_is_taken_gets_a_numeric_suffix_and_its_nested_records_follow()
    {
        const string Other = """{"nesting_mode":"single","block":{"block_types":{"inner":{"nesting_mode":"single","block":{"attributes":{"x":{"type":"string","optional":true}}}}}}}""";
        var plans = BindingPlanner.Plan(GeneratorSchemas.Read(
            ("aws_thing", """{"block_types":{"other":""" + Other + ""","config":{"nesting_mode":"single","block":{}}}}"""),
            ("aws_thing_other", "{}")));

        var thing = plans.Single(p => p.TerraformType == "aws_thing");
        Assert.Equal(["AwsThingConfig2", "AwsThingOther2", "AwsThingOther2Inner"], thing.Records.Select(r => r.Name));
        Assert.Equal(("AwsThingOther", "AwsThingOtherConfig"), plans.Select(p => (p.ClassName, p.ConfigName)).Single(n => n.ClassName == "AwsThingOther"));
    }

    [Fact]
    public void A_config_record_name_that_is_a_class_name_gets_a_numeric_suffix()
    {
        var plans = BindingPlanner.Plan(GeneratorSchemas.Read(("aws_thing", "{}"), ("aws_thing_config", "{}")));

        Assert.Equal(
            ["AwsProvider AwsProviderConfig", "AwsThing AwsThingConfig2", "AwsThingConfig AwsThingConfigConfig"],
            plans.Select(p => p.ClassName + " " + p.ConfigName));
    }

    [Fact]
    public void Members_that_would_hide_inherited_members_are_renamed_in_the_class_and_the_config_alike()
    {
        var plans = BindingPlanner.Plan(SchemaWithMembers(["address", "count", "move_to", "node", "aws_thing", "name"]));

        Assert.Equal(
            ["AddressAttribute", "AwsThingAttribute", "CountAttribute", "MoveToAttribute", "Name", "NodeAttribute", "Rule"],
            plans.Single(p => p.Kind == OwnerKind.Resource).Members.Select(m => m.Name));
        Assert.Equal(
            ["AddressAttribute", "AwsThing", "CountAttribute", "MoveTo", "Name", "NodeAttribute"],
            plans.Single(p => p.Kind == OwnerKind.DataSource).Members.Select(m => m.Name));
        Assert.Equal(
            ["EqualsAttribute", "ExpressionAttribute", "FromExpressionAttribute", "WriteArgumentsAttribute"],
            plans.Single(p => p.Kind == OwnerKind.Resource).Records.Single().Members.Select(m => m.Name));
    }

    private static ProviderSchema SchemaWithMembers(string[] wireNames)
    {
        const string Optional = """{"type":"string","optional":true}""";
        var attributes = "{" + string.Join(",", wireNames.Select(n => "\"" + n + "\":" + Optional)) + "}";
        var rule = """{"rule":{"nesting_mode":"list","block":{"attributes":{"equals":""" + Optional + ""","expression":""" + Optional
            + ""","from_expression":""" + Optional + ""","write_arguments":""" + Optional + "}}}}";
        var resource = """{"attributes":""" + attributes + ""","block_types":""" + rule + "}";
        var dataSource = """{"attributes":""" + attributes + "}";
        return SchemaReader.Read(GeneratorSchemas.Document([("aws_thing", resource)], [("aws_thing", dataSource)]), "5.0.0");
    }

    private static string Shape(MemberPlan member) =>
        $"{member.WireName}: {(member.Required ? "required " : string.Empty)}{member.ArgumentType} / {member.GetterType} / {member.Write}";

    private static string FieldShape(MemberPlan member) => $"{member.WireName}: {member.ArgumentType}? / {member.GetterType} / {member.Write}";

    private static string Forms(RecordPlan record) =>
        record.Name + ":" + (record.HasInput ? " input" : string.Empty) + (record.HasReference ? " reference" : string.Empty);
}
