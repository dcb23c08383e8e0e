"""Build hook: the wheel carries the built-in clause templates already compiled (akkoord.precompile).

Compiling them takes longer than a whole run of `akkoord maak`, so without this the first run after
installing is the slowest one. The code is compiled by akkoord's own sandbox in the build environment
(its dependencies are build requirements in pyproject.toml) into akkoord/compiled/<fingerprint>; a
run uses that folder only when its own fingerprint (akkoord, jinja, sandbox) matches, and jinja checks
each template's text, so a mismatch costs a compile, never a wrong document.
"""

import os
import shutil
import subprocess
import sys
import tempfile

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithCompiledTemplates(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the source tree and compiles into its cache as it goes
        build_lib = os.path.abspath(self.build_lib)
        with tempfile.TemporaryDirectory() as scratch:
            # Caches akkoord fills as it imports (the checks catalogue) go to scratch, not into the wheel.
            env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", XDG_CACHE_HOME=scratch,
                       PYTHONPATH=os.pathsep.join(filter(None, [build_lib, os.environ.get("PYTHONPATH")])))
            self._precompute(build_lib, env)

    def _precompute(self, build_lib: str, env: dict[str, str]) -> None:
        # Each step writes into the folder a run looks in first (akkoord.template_cache.SHIPPED and
        # akkoord.checks.catalogue.SHIPPED). A step that fails still leaves a working package: it does
        # that work on its first run instead, as before this hook existed.
        steps = (("akkoord.precompile", ("akkoord", "compiled"), "clausules niet vooraf vertaald"),
                 ("akkoord.checks.ship", ("akkoord", "checks", "compiled"), "controles niet vooraf gecontroleerd"),
                 ("akkoord.help_text", ("akkoord", "help"), "hulptekst niet vooraf gemaakt"))
        for module, folder, failed in steps:
            target = os.path.join(build_lib, *folder)
            shutil.rmtree(target, ignore_errors=True)  # a reused build folder must not ship an older result
            result = subprocess.run([sys.executable, "-m", module, target], check=False, env=env, cwd=build_lib,
                                    capture_output=True, text=True)
            if result.returncode != 0:
                print(f"akkoord: {failed}:\n{result.stderr[-2000:]}", file=sys.stderr)
            else:
                print(result.stdout.strip())


setup(cmdclass={"build_py": BuildPyWithCompiledTemplates})
