// Draws every <div class="ca-echart" data-echart-option="{...}"> with Apache ECharts.
// Runs on a full page load, and again after each Blazor enhanced navigation (scripts inside
// enhanced-navigation content are not executed, so the listener is registered once here and
// CivilAffairs.Web.lib.module.js loads this file when a chart page is reached that way first).
(function () {
    function draw() {
        if (!window.echarts) {
            return;
        }
        document.querySelectorAll('.ca-echart[data-echart-option]').forEach(function (el) {
            var old = window.echarts.getInstanceByDom(el);
            if (old) {
                old.dispose();
            }
            var chart = window.echarts.init(el, null, { renderer: 'svg' });
            chart.setOption(JSON.parse(el.getAttribute('data-echart-option')));
            el.setAttribute('data-rendered', 'true');
        });
    }

    function render() {
        if (!document.querySelector('.ca-echart')) {
            return;
        }
        if (window.echarts) {
            draw();
            return;
        }
        var s = document.createElement('script');
        s.src = '/lib/echarts/echarts.min.js';
        s.onload = draw;
        document.head.appendChild(s);
    }

    function resize() {
        if (!window.echarts) {
            return;
        }
        document.querySelectorAll('.ca-echart').forEach(function (el) {
            var c = window.echarts.getInstanceByDom(el);
            if (c) {
                c.resize();
            }
        });
    }

    if (!window.caCharts) {
        window.caCharts = { render: render };
        var hook = function () {
            if (window.Blazor && window.Blazor.addEventListener) {
                window.Blazor.addEventListener('enhancedload', render);
            }
        };
        if (window.Blazor) {
            hook();
        } else {
            document.addEventListener('DOMContentLoaded', hook);
        }
        window.addEventListener('resize', resize);
        window.addEventListener('beforeprint', resize);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', render);
    } else {
        render();
    }
})();
