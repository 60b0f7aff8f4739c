"""What the werkatelier load test's client counts as a problem in a ForwardMsg."""

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.stream import problems_in, rerun


def test_a_successful_finish_and_ordinary_elements_are_no_problem():
    finished = ForwardMsg(script_finished=ForwardMsg.FINISHED_SUCCESSFULLY)
    text = ForwardMsg()
    text.delta.new_element.markdown.body = "Overzicht"
    assert problems_in(finished) == []
    assert problems_in(text) == []


def test_an_exception_shown_is_a_problem():
    message = ForwardMsg()
    message.delta.new_element.exception.type = "KeyError"
    message.delta.new_element.exception.message = "'slide'"
    assert problems_in(message) == ["exception shown: KeyError: 'slide'"]


def test_a_run_that_did_not_finish_successfully_is_a_problem():
    message = ForwardMsg(script_finished=ForwardMsg.FINISHED_WITH_COMPILE_ERROR)
    assert problems_in(message) == ["run ended FINISHED_WITH_COMPILE_ERROR"]


def test_a_page_not_found_is_a_problem():
    message = ForwardMsg()
    message.page_not_found.page_name = "bestaat-niet"
    assert problems_in(message) == ["page not found: 'bestaat-niet'"]


def test_a_rerun_asks_for_the_page_by_path_or_by_hash():
    by_path, by_hash = BackMsg(), BackMsg()
    by_path.ParseFromString(rerun("http://127.0.0.1:8501", page_name="presentatie"))
    by_hash.ParseFromString(rerun("http://127.0.0.1:8501", page_script_hash="abc"))
    assert by_path.rerun_script.page_name == "presentatie"
    assert by_path.rerun_script.context_info.url == "http://127.0.0.1:8501/presentatie"
    assert (by_hash.rerun_script.page_script_hash, by_hash.rerun_script.page_name) == ("abc", "")
    assert list(by_path.rerun_script.cached_message_hashes) == []
