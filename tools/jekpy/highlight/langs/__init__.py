"""Pygments lexers that split text the way Rouge 3.30.0's lexer for the same language does.

Used where Pygments' own lexer classifies tokens too differently for a token-type mapping to
bridge the gap.  Each module's docstring names the Rouge lexer (rouge lib/rouge/lexers/*.rb)
whose behaviour it reproduces; the word lists are the facts that lexer relies on.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pygments.lexer import Lexer

_WORDS = Path(__file__).resolve().parents[1] / "rouge_words.json"


def custom_lexer(tag: str) -> type[Lexer] | None:
    """The Rouge-shaped lexer class for a Rouge tag, if jekpy has one."""
    return _registry().get(tag)


def ported_tags() -> list[str]:
    """The Rouge tags jekpy has a Rouge-shaped lexer for."""
    return sorted(_registry())


@cache
def _registry() -> dict[str, type[Lexer]]:
    from . import (
        actionscript,
        apex,
        assorted,
        awk,
        batchfile,
        clike,
        cmake,
        coffeescript,
        config,
        console,
        csharp,
        css,
        dart,
        diff,
        dlang,
        dot,
        elixir,
        erb,
        erlang,
        fortran,
        gherkin,
        go,
        graphql,
        handlebars,
        haskell,
        hcl,
        html,
        http,
        java,
        javascript,
        jinja,
        jsonlang,
        jsx,
        julia,
        jvm,
        kotlin,
        liquid,
        llvm,
        lua,
        make,
        markdown,
        meson,
        ml,
        nasm,
        nim,
        nix,
        ocaml,
        perl,
        php,
        powershell,
        prometheus,
        puppet,
        python,
        ruby,
        rust,
        sass,
        scala,
        science,
        scripting,
        scss,
        sed,
        servers,
        shell,
        smallformats,
        smalltalk,
        solidity,
        sql,
        swift,
        tex,
        vb,
        verilog,
        vhdl,
        vue,
        xml,
        yaml,
        zig,
    )

    return {
        "actionscript": actionscript.RougeActionScriptLexer,
        "apex": apex.RougeApexLexer,
        "awk": awk.RougeAwkLexer,
        "batchfile": batchfile.RougeBatchfileLexer,
        "c": clike.RougeCLexer,
        "clojure": jvm.RougeClojureLexer,
        "cmake": cmake.RougeCMakeLexer,
        "coffeescript": coffeescript.RougeCoffeeScriptLexer,
        "conf": config.RougeConfLexer,
        "console": console.RougeConsoleLexer,
        "docker": config.RougeDockerLexer,
        "dot": dot.RougeDotLexer,
        "ini": config.RougeIniLexer,
        "io": smalltalk.RougeIoLexer,
        "irb": console.RougeIRBLexer,
        "irb_output": console.RougeIRBOutputLexer,
        "properties": config.RougePropertiesLexer,
        "toml": config.RougeTOMLLexer,
        "cpp": clike.RougeCppLexer,
        "csharp": csharp.RougeCSharpLexer,
        "cuda": clike.RougeCUDALexer,
        "fortran": fortran.RougeFortranLexer,
        "fsharp": ml.RougeFSharpLexer,
        "gherkin": gherkin.RougeGherkinLexer,
        "glsl": clike.RougeGLSLLexer,
        "objective_cpp": clike.RougeObjectiveCppLexer,
        "css": css.RougeCSSLexer,
        "cypher": assorted.RougeCypherLexer,
        "d": dlang.RougeDLexer,
        "dart": dart.RougeDartLexer,
        "diff": diff.RougeDiffLexer,
        "digdag": yaml.RougeDigdagLexer,
        "eex": erb.RougeEEXLexer,
        "elixir": elixir.RougeElixirLexer,
        "elm": ml.RougeElmLexer,
        "email": smallformats.RougeEmailLexer,
        "epp": erb.RougeEPPLexer,
        "erb": erb.RougeERBLexer,
        "erlang": erlang.RougeErlangLexer,
        "java": java.RougeJavaLexer,
        "go": go.RougeGoLexer,
        "jinja": jinja.RougeJinjaLexer,
        "twig": jinja.RougeTwigLexer,
        "json": jsonlang.RougeJSONLexer,
        "json-doc": jsonlang.RougeJSONDocLexer,
        "jsonnet": smallformats.RougeJsonnetLexer,
        "jsx": jsx.RougeJSXLexer,
        "julia": julia.RougeJuliaLexer,
        "tsx": jsx.RougeTSXLexer,
        "turtle": assorted.RougeTurtleLexer,
        "graphql": graphql.RougeGraphQLLexer,
        "gradle": jvm.RougeGradleLexer,
        "groovy": jvm.RougeGroovyLexer,
        "handlebars": handlebars.RougeHandlebarsLexer,
        "hack": php.RougeHackLexer,
        "haskell": haskell.RougeHaskellLexer,
        "hlsl": clike.RougeHLSLLexer,
        "hocon": jsonlang.RougeHOCONLexer,
        "hcl": hcl.RougeHCLLexer,
        "tap": smallformats.RougeTAPLexer,
        "terraform": hcl.RougeTerraformLexer,
        "html": html.RougeHTMLLexer,
        "http": http.RougeHTTPLexer,
        "kotlin": kotlin.RougeKotlinLexer,
        "liquid": liquid.RougeLiquidLexer,
        "llvm": llvm.RougeLLVMLexer,
        "lua": lua.RougeLuaLexer,
        "make": make.RougeMakeLexer,
        "matlab": science.RougeMatlabLexer,
        "meson": meson.RougeMesonLexer,
        "nasm": nasm.RougeNasmLexer,
        "nginx": servers.RougeNginxLexer,
        "nim": nim.RougeNimLexer,
        "nix": nix.RougeNixLexer,
        "objective_c": clike.RougeObjectiveCLexer,
        "ocaml": ocaml.RougeOCamlLexer,
        "apache": servers.RougeApacheLexer,
        "r": science.RougeRLexer,
        "reasonml": ocaml.RougeReasonMLLexer,
        "rego": scripting.RougeRegoLexer,
        "swift": swift.RougeSwiftLexer,
        "tex": tex.RougeTeXLexer,
        "vala": assorted.RougeValaLexer,
        "vb": vb.RougeVisualBasicLexer,
        "velocity": jinja.RougeVelocityLexer,
        "verilog": verilog.RougeVerilogLexer,
        "vhdl": vhdl.RougeVHDLLexer,
        "viml": scripting.RougeVimLLexer,
        "vue": vue.RougeVueLexer,
        "markdown": markdown.RougeMarkdownLexer,
        "pascal": assorted.RougePascalLexer,
        "perl": perl.RougePerlLexer,
        "php": php.RougePHPLexer,
        "plist": smallformats.RougePlistLexer,
        "powershell": powershell.RougePowershellLexer,
        "prolog": scripting.RougePrologLexer,
        "prometheus": prometheus.RougePrometheusLexer,
        "protobuf": smallformats.RougeProtobufLexer,
        "puppet": puppet.RougePuppetLexer,
        "javascript": javascript.RougeJavascriptLexer,
        "python": python.RougePythonLexer,
        "ruby": ruby.RougeRubyLexer,
        "rust": rust.RougeRustLexer,
        "sass": sass.RougeSassLexer,
        "scala": scala.RougeScalaLexer,
        "scheme": jvm.RougeSchemeLexer,
        "sed": sed.RougeSedLexer,
        "scss": scss.RougeScssLexer,
        "shell": shell.RougeShellLexer,
        "smalltalk": smalltalk.RougeSmalltalkLexer,
        "smarty": jinja.RougeSmartyLexer,
        "solidity": solidity.RougeSolidityLexer,
        "sparql": assorted.RougeSPARQLLexer,
        "sql": sql.RougeSQLLexer,
        "ssh": config.RougeSSHLexer,
        "systemd": config.RougeSystemDLexer,
        "typescript": javascript.RougeTypescriptLexer,
        "xml": xml.RougeXMLLexer,
        "yaml": yaml.RougeYAMLLexer,
        "zig": zig.RougeZigLexer,
    }


@cache
def word_list(key: str) -> tuple[str, ...]:
    """A word list of a Rouge lexer in Rouge's order (for regex alternations)."""
    return tuple(json.loads(_WORDS.read_text(encoding="utf-8"))[key])


@cache
def words(key: str) -> frozenset[str]:
    """A word list of a Rouge lexer (``rouge_words.json``, e.g. ``"css.attributes"``)."""
    table = json.loads(_WORDS.read_text(encoding="utf-8"))
    return frozenset(table[key])
