# frozen_string_literal: true

# Data-generation tool for tests/unit/data/highlight_cases.json (not used by jekpy itself).
#
# Reads a JSON list of samples on stdin ({"id", "kind", "lang", "code", ...}) and writes the same
# list on stdout with Rouge 3.30.0's output added:
#   kind "inner": "html" = Rouge::Formatters::HTML over Rouge::Lexer.find_fancy(lang, code)
#                 (PlainText when Rouge does not know the language), "lexer" = the lexer tag.
#   kind "tag":   "html" = what Jekyll 3.10's {% highlight %} tag writes (render_rouge +
#                 add_code_tag of jekyll v3.10.0 lib/jekyll/tags/highlight.rb), emulated here
#                 because Debian ships Jekyll 4.3.1; "html_43" = the same through Jekyll 4.3.1's
#                 formatter set-up, to show whether the two versions differ.
# With the argument --lexers it instead writes Rouge's lexer table: tag => aliases; with
# --words the word lists of the lexers jekpy mirrors (rouge_words.json).
require "json"
require "rouge"

def find_lexer(lang, code)
  (lang && Rouge::Lexer.find_fancy(lang, code)) || Rouge::Lexers::PlainText.new
end

def inner_html(lang, code)
  lexer = find_lexer(lang, code)
  [Rouge::Formatters::HTML.new.format(lexer.lex(code)), lexer.tag]
end

# Jekyll 3.10: Jekyll::Utils::Rouge.html_formatter == HTMLLegacy for Rouge >= 2.
def tag_body_310(lang, code, linenos)
  formatter = Rouge::Formatters::HTMLLegacy.new(
    line_numbers: linenos, wrap: false, css_class: "highlight",
    gutter_class: "gutter", code_class: "code"
  )
  formatter.format(find_lexer(lang, code).lex(code))
end

# Jekyll 4.3: HTML, wrapped in HTMLTable when linenos is set.
def tag_body_43(lang, code, linenos)
  formatter = Rouge::Formatters::HTML.new
  if linenos
    formatter = Rouge::Formatters::HTMLTable.new(
      formatter, css_class: "highlight", gutter_class: "gutter", code_class: "code"
    )
  end
  formatter.format(find_lexer(lang, code).lex(code))
end

def add_code_tag(lang, body)
  attrs = "class=\"language-#{lang.tr('+', '-')}\" data-lang=\"#{lang}\""
  "<figure class=\"highlight\"><pre><code #{attrs}>#{body.chomp}</code></pre></figure>"
end

def tag_case(sample)
  lang = sample["lang"].downcase
  code = sample["code"].gsub(/\A(\n|\r)+|(\n|\r)+\z/, "")
  linenos = sample["linenos"] ? "inline" : nil
  sample["html"] = add_code_tag(lang, tag_body_310(lang, code, linenos))
  sample["html_43"] = add_code_tag(lang, tag_body_43(lang, code, linenos))
end

def lexer_table
  Rouge::Lexer.all.sort_by(&:tag).to_h { |lx| [lx.tag, lx.aliases] }
end

# Rouge::Lexer.guess_by_mimetype for every mimetype a lexer declares ("mime tag" strings);
# any other mimetype guesses PlainText.
def mimetype_table
  Rouge::Lexer.all.flat_map(&:mimetypes).uniq.sort.map do |mt|
    tag = begin
      Rouge::Lexer.guess_by_mimetype(mt).tag
    rescue Rouge::Guesser::Ambiguous
      "plaintext"
    end
    "#{mt} #{tag}"
  end
end

# keywords / keywords_type / reserved / builtins of Rouge's C family.
def c_family_lists
  %w(c cpp cuda glsl hlsl objective_c objective_cpp slice).each_with_object({}) do |tag, out|
    lexer = Rouge::Lexer.find(tag)
    %w(keywords keywords_type reserved builtins).each do |kind|
      out["#{tag}.#{kind}"] = lexer.send(kind).to_a.sort
    end
  end
end

APPLESCRIPT_LISTS = %w(
  literals classes builtins handler_params commands references operators controls declarations
  reserved studio_classes studio_commands studio_properties
).freeze

COMMON_LISP_LISTS = %w(
  BUILTIN_FUNCTIONS SPECIAL_FORMS MACROS LAMBDA_LIST_KEYWORDS DECLARATIONS BUILTIN_TYPES
  BUILTIN_CLASSES
).freeze

# Mosel and Praat keep their word lists in local variables of the class body: read them from
# the lexer's source.
def source_lists(tag)
  src = File.read(File.join(Rouge::Lexers::BASE_DIR, "#{tag}.rb"))
  src.scan(/^\s*(\w+) = %w\((.*?)\)/m).to_h { |name, body| [name, body.split] }
end

def mosel_lists
  lists = source_lists("mosel")
  lists["mmjobs_functions"] = lists.values_at(
    "mmjobs_instance_mgmt_functions", "mmjobs_model_mgmt_functions",
    "mmjobs_synchornization_functions"
  ).flatten
  lists.to_h { |name, list| ["mosel.#{name}", list] }
end

# Word lists that jekpy's Rouge-shaped lexers need (facts of Rouge's lexers, not code).
def word_lists
  css = Rouge::Lexer.find("css")
  %w(abap armasm stan lasso factor freefem idlang openedge igorpro brightscript hql datastudio ecl nial plsql bsl isbl isabelle livescript janet sas sqf bbcbasic common_lisp racket mathematica hylang stata lean php r matlab apache make lua clojure powershell viml gherkin julia fortran scheme llvm cmake verilog apex cypher).each { |t| Rouge::Lexer.find(t) }
  sql = Rouge::Lexer.find("sql")
  {
    "sql.keywords" => sql.keywords.to_a.sort,
    "sql.keywords_type" => sql.keywords_type.to_a.sort,
    **c_family_lists,
    "mimetypes" => mimetype_table,
    "php.builtins" => Rouge::Lexers::PHP.builtins.values.flat_map(&:to_a).uniq.sort,
    "r.keywords" => Rouge::Lexers::R::KEYWORDS.sort,
    "r.keyword_constants" => Rouge::Lexers::R::KEYWORD_CONSTANTS.sort,
    "r.builtin_constants" => Rouge::Lexers::R::BUILTIN_CONSTANTS.sort,
    "r.primitive_functions" => Rouge::Lexers::R::PRIMITIVE_FUNCTIONS,
    "matlab.keywords" => Rouge::Lexers::Matlab.keywords.to_a.sort,
    "matlab.builtins" => Rouge::Lexers::Matlab.builtins.to_a.sort,
    "apache.directives" => Rouge::Lexers::Apache.directives.to_a.sort,
    "apache.sections" => Rouge::Lexers::Apache.sections.to_a.sort,
    "apache.values" => Rouge::Lexers::Apache.values.to_a.sort,
    "make.functions" => Rouge::Lexers::Make.functions,
    "powershell.KEYWORDS" => [Rouge::Lexers::Powershell::KEYWORDS],
    "powershell.OPERATORS" => [Rouge::Lexers::Powershell::OPERATORS],
    "powershell.AUTO_VARS" => [Rouge::Lexers::Powershell::AUTO_VARS],
    "powershell.MULTILINE_KEYWORDS" => [Rouge::Lexers::Powershell::MULTILINE_KEYWORDS],
    "powershell.ATTRIBUTES" => Rouge::Lexers::Powershell::ATTRIBUTES.sort,
    **Rouge::Lexers::VimL.keywords.to_h { |kind, list| ["viml.#{kind}", list.to_a.sort] },
    **Rouge::Lexers::Gherkin.keywords.to_h { |kind, list| ["gherkin.#{kind}", list.to_a] },
    **%w(BUILTINS KEYWORDS TYPES OPERATORS).to_h { |c|
      ["julia.#{c}", [Rouge::Lexers::Julia.const_get(c).source]]
    },
    **%w(keywords types intrinsics).to_h { |k|
      ["fortran.#{k}", Rouge::Lexers::Fortran.send(k).to_a.sort]
    },
    **%w(keywords builtins).to_h { |k| ["scheme.#{k}", Rouge::Lexers::Scheme.send(k).to_a.sort] },
    **%w(keywords instructions types).to_h { |k|
      ["llvm.#{k}", Rouge::Lexers::LLVM.send(k).to_a.sort]
    },
    **%w(keywords keywords_type keywords_system_task).to_h { |k|
      ["verilog.#{k}", Rouge::Lexers::Verilog.send(k).to_a.sort]
    },
    **%w(keywords soql declarations types constants).to_h { |k|
      ["apex.#{k}", Rouge::Lexers::Apex.send(k).to_a.sort]
    },
    **%w(functions keywords predicates).to_h { |k|
      ["cypher.#{k}", Rouge::Lexers::Cypher.send(k).to_a.sort]
    },
    **APPLESCRIPT_LISTS.to_h { |k| ["applescript.#{k}", Rouge::Lexers::AppleScript.send(k).to_a] },
    **COMMON_LISP_LISTS.to_h { |c|
      ["common_lisp.#{c}", Rouge::Lexers::CommonLisp.const_get(c).to_a.sort]
    },
    **%w(keywords builtins).to_h { |k| ["racket.#{k}", Rouge::Lexers::Racket.send(k).to_a.sort] },
    "mathematica.builtins" => Rouge::Lexers::Mathematica.builtins.to_a.sort,
    **%w(keywords builtins).to_h { |k| ["hylang.#{k}", Rouge::Lexers::HyLang.send(k).to_a.sort] },
    **%w(KEYWORDS PRIMITIVE_FUNCTIONS).to_h { |c|
      ["stata.#{c}", Rouge::Lexers::Stata.const_get(c)]
    },
    "lean.operators" => Rouge::Lexers::Lean.operators,
    "lean.keywords" => Rouge::Lexers::Lean.keywords.to_a.sort,
    **%w(preproc_keyword file_directive general_directive shift_or_condition builtin operator).to_h { |k|
      ["armasm.#{k}", Rouge::Lexers::ArmAsm.send(k)]
    },
    **%w(keywords_reserved keywords keywords_func keywords_type).to_h { |k|
      ["plsql.#{k}", Rouge::Lexers::PLSQL.send(k).to_a.sort]
    },
    # BSL's two big patterns (x flag: blanks dropped; the leading look-behind always passes)
    **%w(KEYWORDS BUILTINS).to_h { |c|
      ["bsl.#{c}", [Rouge::Lexers::Bsl.const_get(c).source.gsub(/\s+/, "").sub("(?<=[^\\wа-яё]|^)", "")]]
    },
    **%w(constants interfaces globals).to_h { |k| ["isbl.#{k}", Rouge::Lexers::ISBL.send(k).to_a.sort] },
    **Rouge::Lexers::Isabelle.methods(false).grep(/\Akeyword_/).to_h { |k|
      ["isabelle.#{k.to_s.delete_prefix('keyword_')}", Rouge::Lexers::Isabelle.send(k).to_a.sort]
    },
    **%w(constants builtins).to_h { |k|
      ["livescript.#{k}", Rouge::Lexers::Livescript.send(k).to_a.sort]
    },
    **%w(specials bundled).to_h { |k| ["janet.#{k}", Rouge::Lexers::Janet.send(k).to_a.sort] },
    **%w(data_step_statements sas_functions sas_macro_statements sas_macro_functions
         sas_proc_names).to_h { |k| ["sas.#{k}", Rouge::Lexers::SAS.send(k).to_a.sort] },
    "sas.proc_keywords" => Rouge::Lexers::SAS.proc_keywords.flat_map { |proc, words|
      words.map { |w| "#{proc} #{w}" }
    }.sort,
    "sqf.commands" => Rouge::Lexers::SQF.commands.to_a.sort,
    **%w(punctuation function statement operator constant).to_h { |k|
      ["bbcbasic.#{k}", Rouge::Lexers::BBCBASIC.send(k)]
    },
    **%w(builtins keyword_reserved keyword_reserved_unsupported keyword_type name_builtin
         operator_word).to_h { |k|
      ["brightscript.#{k}", Rouge::Lexers::Brightscript.send(k).to_a.sort]
    },
    **%w(keywords keywords_type).to_h { |k| ["hql.#{k}", Rouge::Lexers::HQL.send(k).to_a.sort] },
    "datastudio.sql_keywords" => Rouge::Lexers::Datastudio.sql_keywords.sort,
    **%w(class_first class_second functions keywords template type typed).to_h { |k|
      ["ecl.#{k}", Rouge::Lexers::ECL.send(k).to_a.sort]
    },
    **%w(keywords operators punctuations transformers funcs consts).to_h { |k|
      ["nial.#{k}", Rouge::Lexers::Nial.send(k).to_a.sort]
    },
    **mosel_lists,
    **source_lists("praat").to_h { |name, list| ["praat.#{name}", list] },
    **%w(new_keywords builtins keywords types).to_h { |k|
      ["abap.#{k}", Rouge::Lexers::ABAP.send(k).to_a.sort]
    },
    **%w(keywords types reserved builtin_functions distributions constants).to_h { |k|
      ["stan.#{k}", Rouge::Lexers::Stan.send(k).to_a.sort]
    },
    "stan.OP" => [Rouge::Lexers::Stan::OP.source],
    **Rouge::Lexers::Lasso.keywords.to_h { |k, list| ["lasso.#{k}", list.to_a.sort] },
    "factor.builtins" => Rouge::Lexers::Factor.builtins.values.flat_map(&:to_a).uniq.sort,
    **%w(keywords keywords_type reserved builtins attributes).to_h { |k|
      ["freefem.#{k}", Rouge::Lexers::FreeFEM.send(k).to_a.sort]
    },
    **%w(keywords conditionals decorators standalone_statements operators routines).to_h { |k|
      ["idlang.#{k}", Rouge::Lexers::IDLang.send(k).to_a.sort]
    },
    **%w(keywords keywords_type).to_h { |k|
      ["openedge.#{k}", Rouge::Lexers::OpenEdge.send(k).to_a.sort]
    },
    **%w(keywords preprocessor igorDeclarations igorConstants igorFunction igorOperation).to_h { |k|
      ["igorpro.#{k}", Rouge::Lexers::IgorPro.send(k).to_a.sort]
    },
    "cmake.builtins" => Rouge::Lexers::CMake::BUILTIN_COMMANDS.to_a.sort,
    "clojure.builtins" => Rouge::Lexers::Clojure.builtins.to_a.sort,
    "lua.builtins" => Rouge::Lexers::Lua.builtins.values.flat_map(&:to_a).uniq.sort,
    "css.attributes" => css.attributes.to_a.sort,
    "css.builtins" => css.builtins.to_a.sort,
    "css.constants" => css.constants.to_a.sort,
    "css.vendor_prefixes" => css.vendor_prefixes.to_a.sort,
  }
end

if ARGV.include?("--words")
  puts JSON.pretty_generate(word_lists)
  exit
end

if ARGV.include?("--lexers")
  puts JSON.pretty_generate(lexer_table)
  exit
end

samples = JSON.parse($stdin.read)
samples.each do |sample|
  if sample["kind"] == "tag"
    tag_case(sample)
  else
    begin
      sample["html"], sample["lexer"] = inner_html(sample["lang"], sample["code"])
    rescue StandardError => e # Rouge itself fails on some inputs (only the fuzzer meets them)
      sample["html"] = nil
      sample["error"] = e.message
    end
  end
end
puts JSON.pretty_generate(samples)
