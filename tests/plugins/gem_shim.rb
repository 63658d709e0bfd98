# frozen_string_literal: true

# Test-data generation only (never used by jekpy or its tests). The reference renderer lacks
# jemoji and jekyll-octicons (Debian packages neither), so the tests/plugins/jemoji_* and
# octicons_* expectations are written with those gems loaded from source checkouts, next to the
# html-pipeline 2.14.3, Nokogiri and Jekyll the reference already has:
#
#   JEKPY_SHIM_GEMS="jemoji=0.13.0=DIR/lib;gemoji=4.1.0=DIR/lib" \
#   RUBYOPT=-r$PWD/tests/plugins/gem_shim.rb python tests/sites/regen.py ...
#
# Sources: jekyll/jemoji v0.13.0, github/gemoji v4.1.0, primer/octicons v14.2.2
# (lib/octicons_jekyll and lib/octicons_gem, with lib/build/data.json from the npm package
# @primer/octicons 14.2.2, the file the gem ships). Each lib folder goes on the load path and
# each gem counts as installed, so that pages-build keeps it in `plugins:`.
require "rubygems"

JEKPY_FAKE_SPECS = ENV.fetch("JEKPY_SHIM_GEMS").split(";").to_h do |entry|
  name, version, lib = entry.split("=", 3)
  $LOAD_PATH.unshift(lib)
  [name, Gem::Specification.new do |s|
    s.name = name
    s.version = version
    s.summary = name
    s.authors = ["jekpy tests"]
  end]
end.freeze

class << Gem::Specification
  alias_method :jekpy_find_all_by_name, :find_all_by_name

  def find_all_by_name(name, *requirements)
    JEKPY_FAKE_SPECS.key?(name) ? [JEKPY_FAKE_SPECS[name]] : jekpy_find_all_by_name(name, *requirements)
  end
end
